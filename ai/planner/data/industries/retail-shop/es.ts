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
    generic.personas[1],
  ],
  positioning: {
    need: "prefieren comprar {offer} a quien les conoce",
    benefit: "elige cada producto y aconseja como ninguna web",
    reason: "el equipo conoce el género y a los clientes",
    promise: "Elegido con cariño, con consejos que no encontrarás online.",
  },
} satisfies IndustryCopy;
