import type { IndustryCopy } from "../../../i18n/types";
import { es as generic } from "../generic/es";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const es = {
  ...generic,
  label: "mudanzas y logística",
  kinds: { removals: { noun: "empresa de mudanzas", a: "una empresa de mudanzas", the: "la empresa de mudanzas" } },
  customers: "clientes",
  offer: "mudanzas y portes",
  team: "Equipo y coordinación",
  overview: "La gente contrata mudanzas con prisa y por confianza: reseñas, presupuesto cerrado rápido y seguro deciden.",
  segments: [
    {
      name: "Personas que se mudan pronto",
      description: "Personas {inRegion} que necesitan {offer} en fecha fija y quieren un equipo de confianza",
      needs: ["Precio cerrado y fecha firme", "Cuidado y seguro"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Nuria, se muda en tres semanas",
      summary: "Pide tres presupuestos y contrata a quien responde rápido con precio cerrado.",
      demographics: "25-45 años, alquila o compra {inRegion}",
      goals: ["Una mudanza puntual y sin daños"],
      painPoints: ["Extras ocultos el mismo día"],
      objections: ["¿Y si se rompe algo?"],
      quote: "Me dieron precio cerrado en una hora y llegaron antes.",
    },
    {
      name: "Óscar, responsable del traslado de oficina",
      summary:
        "Traslada a un equipo de 40 personas a otra oficina en un fin de semana y necesita una mudanza planificada al detalle, con informática y mobiliario incluidos.",
      demographics: "30-55, responsable de servicios generales u operaciones",
      goals: ["Puestos funcionando el lunes por la mañana", "Un único contacto responsable del plan"],
      painPoints: ["Equipos dañados sin un seguro claro", "Operarios que llegan con menos gente"],
      objections: ["¿Tenéis seguro para equipos informáticos?"],
      quote: "Si el lunes todos pueden trabajar, os recomiendo a todo el mundo.",
    },
  ],
  positioning: {
    need: "necesitan {offer} en una fecha fija",
    benefit: "da precio cerrado rápido y llega puntual",
    reason: "cada trabajo va asegurado y confirmado por escrito",
    promise: "Precio cerrado, el día acordado, con cuidado.",
  },
} satisfies IndustryCopy;
