import type { IndustryCopy } from "../../../i18n/types";
import { es as generic } from "../generic/es";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const es = {
  ...generic,
  label: "construcción y reformas",
  kinds: { builder: { noun: "empresa de reformas", a: "una empresa de reformas", the: "la empresa de reformas" } },
  customers: "propietarios",
  offer: "obras y reformas",
  team: "Equipo de obra",
  overview:
    "Los propietarios eligen constructor por pruebas y confianza: obras terminadas, reseñas y presupuestos claros deciden.",
  segments: [
    {
      name: "Propietarios con un proyecto",
      description: "Propietarios {inRegion} que planean {offer} y quieren un presupuesto claro y plazos cumplidos",
      needs: ["Presupuesto por escrito y fecha de inicio", "Fotos de obras similares"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Sergio, su primera gran reforma",
      summary: "Planea reformar y teme a los chapuzas, así que pregunta a vecinos y lee reseñas.",
      demographics: "35-55 años, propietario {inRegion}",
      goals: ["Una obra terminada en plazo y precio"],
      painPoints: ["Constructores que desaparecen"],
      objections: ["¿Costará lo presupuestado?"],
      quote: "Elegí al que me enseñó tres obras terminadas cerca.",
    },
    {
      name: "Lucía, propietaria de tres pisos en alquiler",
      summary: "Necesita reparaciones y reformas rápidas entre inquilinos, con presupuesto cerrado y sin tener que ir a la obra.",
      demographics: "45-65, tiene varios pisos o casas en alquiler {inRegion}",
      goals: ["Pisos listos para alquilar en pocas semanas", "Un constructor al que pueda dar las llaves"],
      painPoints: ["Obras que se alargan con el piso vacío", "Presupuestos que crecen al empezar"],
      objections: ["¿Me podéis mandar fotos para no tener que ir?"],
      quote: "Dame un precio cerrado y fotos al terminar, y todas las reformas son tuyas.",
    },
  ],
  positioning: {
    need: "quieren {offer} sin sorpresas",
    benefit: "presupuesta por escrito y termina a tiempo",
    reason: "cada obra tiene calendario escrito y un responsable",
    promise: "Bien hecho y a tiempo.",
  },
} satisfies IndustryCopy;
