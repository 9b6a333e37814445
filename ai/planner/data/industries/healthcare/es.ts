import type { IndustryCopy } from "../../../i18n/types";
import { es as generic } from "../generic/es";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const es = {
  ...generic,
  label: "clínica sanitaria",
  kinds: {
    dental: { noun: "clínica dental", a: "una clínica dental", the: "la clínica dental" },
    therapy: { noun: "clínica", a: "una clínica", the: "la clínica" },
  },
  customers: "pacientes",
  offer: "tratamientos y revisiones",
  team: "Profesionales y recepción",
  overview:
    "Los pacientes eligen clínica por confianza y comodidad: reseñas, precios claros, cita online y cómo se recibe a los nuevos deciden.",
  segments: [
    {
      name: "Pacientes de la zona",
      description: "Pacientes {inRegion} que buscan {offer} en una clínica en la que se sientan seguros",
      needs: ["Que les escuchen sin prisas", "Precios claros y cita fácil"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Carmen, la nueva paciente",
      summary: "Lleva tiempo aplazando {offer} y busca una clínica que explique y no juzgue.",
      demographics: "30-55 años, vive o trabaja {inRegion}",
      goals: ["Tratarse sin miedo ni costes sorpresa"],
      painPoints: ["Listas de espera y precios poco claros"],
      objections: ["¿Dolerá y cuánto costará?"],
      quote: "Me lo explicaron todo antes de empezar.",
    },
    {
      name: "Margarita, que pide cita para su padre",
      summary: "Pide y acompaña las citas de su padre y quiere acceso sin escalones, informes claros y tiempo para preguntar.",
      demographics: "50-70, cuida de un padre o una madre mayor de 75 {inRegion}",
      goals: ["Citas que no agoten a su padre", "Explicaciones que pueda contar a la familia"],
      painPoints: ["Consultas con prisas", "Teléfonos siempre ocupados"],
      objections: ["¿Hay aparcamiento y acceso sin escalones?"],
      quote: "Si le hablan a mi padre y no solo a mí, nos quedamos años.",
    },
  ],
  positioning: {
    need: "quieren {offer} con profesionales que escuchan",
    benefit: "explica cada paso y precio antes de tratar",
    reason: "cada paciente nuevo recibe tiempo y un plan por escrito",
    promise: "Un cuidado que se explica, con el precio claro antes.",
  },
} satisfies IndustryCopy;
