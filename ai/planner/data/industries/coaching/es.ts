import type { IndustryCopy } from "../../../i18n/types";
import { es as generic } from "../generic/es";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const es = {
  ...generic,
  label: "coaching",
  kinds: { coach: { noun: "consulta de coaching", a: "una consulta de coaching", the: "la consulta de coaching" } },
  customers: "clientes",
  offer: "coaching individual",
  team: "Coaches",
  overview:
    "La gente contrata a un coach en quien ya confía: contenido gratuito, una llamada de descubrimiento, testimonios y recomendaciones venden.",
  segments: [
    {
      name: "Personas listas para un cambio",
      description: "Personas que quieren {offer} para un cambio que aplazan, con un coach de confianza",
      needs: ["Un coach que ha pasado por lo mismo", "Una primera conversación gratis"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Álex, en una encrucijada",
      summary: "Lleva meses leyendo sus publicaciones y reserva una llamada cuando llega el momento.",
      demographics: "30-50 años, profesional",
      goals: ["Claridad y un plan que cumplir"],
      painPoints: ["Consejos genéricos y venta agresiva"],
      objections: ["¿Merece la pena pagar un coach?"],
      quote: "Sus publicaciones hablaban justo de mi situación.",
    },
    {
      name: "Marta, responsable de personas que compra para su equipo",
      summary: "Tiene presupuesto para formar a nuevos mandos y quiere un proceso con resultados claros que pueda presentar.",
      demographics: "35-55, responsable de RR. HH. en una empresa de 50 a 500 personas",
      goals: ["Avances medibles en cada mando", "Un coach que encaje con la cultura de la empresa"],
      painPoints: ["Programas agradables que no cambian nada", "Perseguir facturas e informes de sesiones"],
      objections: ["¿Cómo sabremos que ha funcionado?"],
      quote: "Enséñame qué cambió en tres meses y renuevo para el siguiente grupo.",
    },
  ],
  positioning: {
    need: "quieren {offer} con alguien de confianza",
    benefit: "convierte una primera charla gratuita en un plan claro",
    reason: "cada cliente empieza con una llamada y objetivos por escrito",
    promise: "Primero claridad, luego un plan que cumples.",
  },
} satisfies IndustryCopy;
