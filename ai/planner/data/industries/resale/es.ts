import type { IndustryCopy } from "../../../i18n/types";
import { es as generic } from "../generic/es";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const es = {
  ...generic,
  label: "segunda mano y reacondicionados",
  kinds: {
    refurbished: {
      noun: "tienda de reacondicionados",
      a: "una tienda de reacondicionados",
      the: "la tienda de reacondicionados",
    },
    "second-hand": { noun: "tienda de segunda mano", a: "una tienda de segunda mano", the: "la tienda de segunda mano" },
  },
  customers: "compradores",
  offer: "artículos de segunda mano de calidad",
  team: "Equipo de compras y atención",
  overview:
    "Quien compra de segunda mano quiere buen precio sin riesgo: estado, garantía, devoluciones y reseñas deciden, y los marketplaces marcan el precio de referencia.",
  segments: [
    {
      name: "Compradores que buscan buen precio",
      description: "Compradores que quieren {offer} por menos que nuevos y sin el riesgo de comprar a un particular",
      needs: ["Estado y garantía claros", "Devoluciones fáciles"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Pablo, el comprador prudente",
      summary: "Compara {offer} con el precio nuevo y con los marketplaces, y compra donde ve menos riesgo.",
      demographics: "18-45 años, compra online y mira reseñas",
      goals: ["Un buen artículo por mucho menos"],
      painPoints: ["Anuncios con estado dudoso o sin devoluciones"],
      objections: ["¿Y si se estropea al mes?"],
      quote: "Con garantía y reseñas reales, prefiero reacondicionado.",
    },
    {
      name: "Maya, que se pasa a lo sostenible",
      summary:
        "Compra de segunda mano porque prefiere no comprar nuevo, y le importan las reparaciones, el origen y el embalaje.",
      demographics: "22-40, valora la sostenibilidad, compra online y en mercadillos",
      goals: ["Cosas buenas que duren, sin desperdicio", "Conocer el estado y la historia del artículo"],
      painPoints: ["Anuncios vagos y fotos borrosas", "Devoluciones difíciles de gestionar"],
      objections: ["¿Cómo clasificáis el estado?"],
      quote: "Si es sincero con los arañazos, me fío del resto.",
    },
  ],
  positioning: {
    need: "quieren {offer} a buen precio y sin riesgo",
    benefit: "revisa, clasifica y garantiza cada artículo",
    reason: "cada artículo se prueba y se vende con garantía y devolución fácil",
    promise: "Como nuevo, por menos y con garantía.",
  },
} satisfies IndustryCopy;
