import type { IndustryCopy } from "../../../i18n/types";
import { es as generic } from "../generic/es";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const es = {
  ...generic,
  label: "comercio independiente",
  kinds: { shop: { noun: "tienda independiente", a: "una tienda independiente", the: "la tienda independiente" } },
  customers: "clientes",
  offer: "productos seleccionados",
  team: "Equipo de tienda",
  overview: "Las tiendas independientes ganan en lo que las cadenas no copian: selección, consejo, eventos y un lugar agradable.",
  segments: [
    {
      name: "Clientes del barrio y visitantes",
      description: "Personas {inRegion} que prefieren comprar {offer} en una tienda que les conoce",
      needs: ["Buen consejo y una visita agradable", "Un motivo para volver"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Pilar, la clienta fiel del barrio",
      summary: "Prefiere comprar en el barrio y viene a por consejo, regalos y eventos.",
      demographics: "35-65 años, vive {inRegion}",
      goals: ["Encontrar algo especial con consejo"],
      painPoints: ["Cadenas y webs que venden lo mismo"],
      objections: ["¿Será más caro que online?"],
      quote: "Vengo por las recomendaciones y siempre me llevo algo.",
    },
    {
      name: "Jaime, de visita en la ciudad por un día",
      summary: "Pasea por tiendas independientes entre la comida y el tren, y compra algo como recuerdo o regalo.",
      demographics: "25-60, visitante o turista {inRegion}, encuentra tiendas en Google Maps e Instagram",
      goals: ["Algo que no encuentra en casa", "Una recomendación rápida y amable"],
      painPoints: ["Tiendas que parecen cerradas o sin horario en internet", "Artículos pesados que no puede llevarse"],
      objections: ["¿Hacéis envíos, para no cargar con ello?"],
      quote: "Os encontré en Maps y acabé comprando tres regalos.",
    },
  ],
  positioning: {
    need: "prefieren comprar {offer} a quien les conoce",
    benefit: "elige cada producto y aconseja como ninguna web",
    reason: "el equipo conoce el género y a los clientes",
    promise: "Elegido con cariño, con consejos que no encontrarás online.",
  },
} satisfies IndustryCopy;
