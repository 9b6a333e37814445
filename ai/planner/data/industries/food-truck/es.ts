import type { IndustryCopy } from "../../../i18n/types";
import { es as generic } from "../generic/es";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const es = {
  ...generic,
  label: "food truck",
  kinds: { truck: { noun: "food truck", a: "un food truck", the: "el food truck" } },
  customers: "clientes",
  offer: "comida callejera",
  team: "Equipo del food truck",
  overview:
    "Un food truck vive de dónde aparca y de quién sabe que está allí: un calendario semanal en redes, mercados y cervecerías que lo acogen y eventos privados.",
  segments: [
    {
      name: "Clientes habituales en sus paradas",
      description:
        "Gente en mercados, festivales y oficinas {inRegion} que quiere {offer} y mira dónde está el food truck esta semana",
      needs: ["Saber dónde y cuándo encontrarlo", "Poca cola y servicio rápido"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Álex, que sigue al food truck",
      summary: "Mira en Instagram dónde aparca y viene con amigos.",
      demographics: "22-40 años, trabaja o sale cerca de las paradas {inRegion}",
      goals: ["Comer muy bien sin sentarse a la mesa"],
      painPoints: ["Ir y que no esté"],
      objections: ["¿Merece la pena la cola?"],
      quote: "Si sé dónde estáis el viernes, voy.",
    },
    {
      name: "Clara, que reserva para un evento privado",
      summary:
        "Organiza una boda, un cumpleaños o una fiesta de empresa y quiere el camión en el lugar, con precio fijo por invitado.",
      demographics: "28-50, organiza un evento privado o de empresa {inRegion}",
      goals: ["Comida que los invitados recuerden", "Un precio claro sin extras ocultos"],
      painPoints: ["Cáterin que necesitan una cocina completa", "Colas largas en la ventanilla"],
      objections: ["¿Cuántos invitados podéis servir en una hora?"],
      quote: "Dime el precio por persona y la fecha es tuya.",
    },
  ],
  positioning: {
    need: "quieren {offer} que merezca la pena buscar",
    benefit: "publica cada semana dónde aparca y sirve rápido",
    reason: "el calendario es fijo y la carta corta y bien hecha",
    promise: "Encuéntranos, haz cola una vez y vuelve cada semana.",
  },
} satisfies IndustryCopy;
