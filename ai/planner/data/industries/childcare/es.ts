import type { IndustryCopy } from "../../../i18n/types";
import { es as generic } from "../generic/es";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const es = {
  ...generic,
  label: "educación infantil",
  kinds: { nursery: { noun: "escuela infantil", a: "una escuela infantil", the: "la escuela infantil" } },
  customers: "familias",
  offer: "cuidado infantil",
  team: "Educadoras",
  overview:
    "Las familias eligen escuela infantil por confianza y con meses de antelación: la visita, lo que dicen otros padres y el trato del equipo deciden.",
  segments: [
    {
      name: "Familias que buscan plaza",
      description: "Padres que trabajan {inRegion} y necesitan {offer} de confianza con horarios compatibles",
      needs: ["Un entorno seguro y cálido", "Horario y cuotas que encajen"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Ana, la madre que vuelve al trabajo",
      summary: "Vuelve a trabajar en seis meses y ya visita centros.",
      demographics: "28-40 años, trabaja, vive {inRegion}",
      goals: ["Un lugar al que su hijo vaya feliz"],
      painPoints: ["Listas de espera y rotación de personal"],
      objections: ["¿Estará a gusto mi hijo?"],
      quote: "La visita lo decidió: conocían a cada niño por su nombre.",
    },
    {
      name: "Tomás, el padre que hace las recogidas",
      summary:
        "Lleva y recoge a su hija con una jornada completa y valora un centro por su horario, sus avisos y lo tranquila que sale su hija.",
      demographics: "30-45, trabaja a jornada completa, uno o dos hijos menores de cinco años",
      goals: ["Un horario que encaje con la jornada laboral", "Un aviso rápido de cómo fue el día"],
      painPoints: ["Cierres y cambios de personal sin aviso", "Enterarse de los problemas semanas después"],
      objections: ["¿Qué pasa si llego tarde por el tráfico a la hora de cierre?"],
      quote: "Si entra contenta por la mañana, no necesito más opiniones.",
    },
  ],
  positioning: {
    need: "necesitan {offer} de confianza cada día",
    benefit: "da a cada niño tiempo al aire libre y un equipo que le conoce",
    reason: "el equipo es estable y las familias saben cómo fue el día",
    promise: "Un lugar al que tu hijo va feliz.",
  },
} satisfies IndustryCopy;
