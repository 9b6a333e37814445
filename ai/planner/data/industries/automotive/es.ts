import type { IndustryCopy } from "../../../i18n/types";
import { es as generic } from "../generic/es";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const es = {
  ...generic,
  label: "taller mecánico",
  kinds: { garage: { noun: "taller mecánico", a: "un taller mecánico", the: "el taller mecánico" } },
  customers: "conductores",
  offer: "mantenimiento y reparación de coches",
  team: "Mecánicos y recepción",
  overview:
    "Los conductores eligen taller por confianza: reseñas en Google, presupuestos claros y cita online deciden, y quien confía vuelve durante años.",
  segments: [
    {
      name: "Conductores de la zona",
      description: "Conductores {inRegion} que necesitan {offer} y quieren un taller de confianza",
      needs: ["Presupuesto honesto antes de empezar", "El coche listo cuando se promete"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Javier, el conductor con prisa",
      summary: "Necesita el coche para trabajar y quiere {offer} bien hecho, a tiempo y sin sorpresas.",
      demographics: "30-60 años, conduce a diario, vive {inRegion}",
      goals: ["Un coche fiable"],
      painPoints: ["Talleres que añaden trabajos al presupuesto"],
      objections: ["¿Me cobrarán de más?"],
      quote: "Dime el precio antes y tenlo a las cinco.",
    },
    {
      name: "Javier, dueño de una pequeña flota",
      summary:
        "Tiene tres o cuatro furgonetas para su negocio y necesita citas que encajen con los trabajos, con una sola factura al mes.",
      demographics: "35-60, dueño de una empresa de reformas o reparto, furgonetas en la calle a diario",
      goals: ["Furgonetas paradas el menor tiempo posible", "Un taller que conozca el historial de cada vehículo"],
      painPoints: ["Una furgoneta parada en el taller esperando piezas", "Sorpresas en la factura"],
      objections: ["¿Podéis atendernos a primera hora, antes de la jornada?"],
      quote: "Cada día que una furgoneta está en el taller pierdo un trabajo.",
    },
  ],
  positioning: {
    need: "necesitan {offer} de un taller de confianza",
    benefit: "presupuesta antes de trabajar y entrega cuando promete",
    reason: "cada trabajo lleva presupuesto escrito y fotos de las piezas",
    promise: "Precios honestos y a tiempo.",
  },
} satisfies IndustryCopy;
