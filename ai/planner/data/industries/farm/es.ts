import type { IndustryCopy } from "../../../i18n/types";
import { es as generic } from "../generic/es";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const es = {
  ...generic,
  label: "granja y venta directa",
  kinds: { farm: { noun: "granja", a: "una granja", the: "la granja" } },
  customers: "hogares",
  offer: "producto local",
  team: "Equipo de la granja",
  overview:
    "Las granjas que venden directo ganan por frescura, origen y relación: suscripciones, visitas, mercados y un boletín de temporada fidelizan.",
  segments: [
    {
      name: "Hogares de la zona",
      description: "Hogares {inRegion} que quieren {offer} con origen conocido cada semana",
      needs: ["Frescura y saber de dónde viene", "Pedido o recogida fáciles"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Rosa, la compra semanal",
      summary: "Prefiere comprar en la granja si pedir es fácil.",
      demographics: "30-60 años, cocina en casa, vive {inRegion}",
      goals: ["Comida fresca y de temporada"],
      painPoints: ["Cestas con cosas que no usa"],
      objections: ["¿Merece la pena pagar más?"],
      quote: "Conozco al agricultor y las verduras duran el doble.",
    },
    {
      name: "Bruno, el cocinero que compra directo",
      summary:
        "Dirige una cocina que cita a sus productores en la carta y quiere producto recogido por encargo, con reparto dos veces por semana.",
      demographics: "30-55, jefe de cocina o dueño de un restaurante independiente {inRegion}",
      goals: ["Producto que sepa a temporada", "Un productor que le avise de lo que viene"],
      painPoints: ["Pedidos incompletos un viernes lleno", "Mayoristas que no saben decir de dónde viene"],
      objections: ["¿Podéis servir el mismo volumen cada semana?"],
      quote: "Dime el lunes qué está bueno esta semana y hago la carta en torno a ello.",
    },
  ],
  positioning: {
    need: "quieren {offer} de origen conocido",
    benefit: "cultiva, recoge y entrega en días",
    reason: "cada cesta dice qué se recogió y dónde",
    promise: "Del campo a tu cocina esta semana.",
  },
} satisfies IndustryCopy;
