import type { IndustryCopy } from "../../../i18n/types";
import { es as generic } from "../generic/es";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const es = {
  ...generic,
  label: "productor de bebidas",
  kinds: {
    brewery: { noun: "cervecería artesanal", a: "una cervecería artesanal", the: "la cervecería artesanal" },
    winery: { noun: "bodega", a: "una bodega", the: "la bodega" },
  },
  customers: "aficionados y distribuidores",
  offer: "bebidas artesanas",
  team: "Elaboradores y equipo de sala",
  overview:
    "Los pequeños productores venden de tres formas: en la propia bodega o taproom, online y a través de bares y tiendas; visitas, catas y una historia que se cuenta impulsan las tres.",
  segments: [
    {
      name: "Aficionados y visitantes",
      description: "Personas {inRegion} que buscan {offer} de cerca y disfrutan visitando y catando",
      needs: ["Algo nuevo que probar", "Una visita que merezca la pena"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Diego, el aficionado local",
      summary: "Prueba cada novedad, visita los sábados y trae amigos.",
      demographics: "28-55 años, vive {inRegion}",
      goals: ["Descubrir algo antes que sus amigos"],
      painPoints: ["Tiendas que nunca tienen la novedad"],
      objections: ["¿Dónde lo compro cerca?"],
      quote: "Voy porque siempre hay algo nuevo.",
    },
    {
      name: "Lorena, compradora para bares y tiendas",
      summary:
        "Compra para dos bares y una tienda de bebidas, y pone una marca en carta cuando la historia vende y el suministro es fiable.",
      demographics: "30-50, dueña o compradora de un bar, restaurante o tienda independiente",
      goals: ["Referencias que los clientes pidan por su nombre", "Suministro estable y condiciones justas"],
      painPoints: ["Marcas que se agotan a mitad de temporada", "Ninguna ayuda para vender el producto"],
      objections: ["¿Vendríais a hacer una cata con mi equipo?"],
      quote: "Si mi equipo sabe contar la historia, se vende sola.",
    },
  ],
  positioning: {
    need: "buscan {offer} hechas cerca",
    benefit: "elabora pequeños lotes que la gente visita, cata y comenta",
    reason: "cada lote se elabora aquí y lo sirve quien lo hizo",
    promise: "Hecho aquí, mejor probado aquí.",
  },
} satisfies IndustryCopy;
