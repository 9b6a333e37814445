import type { IndustryCopy } from "../../../i18n/types";
import { es as generic } from "../generic/es";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const es = {
  ...generic,
  label: "moda",
  kinds: { brand: { noun: "marca de ropa", a: "una marca de ropa", the: "la marca de ropa" } },
  customers: "clientes",
  offer: "ropa",
  team: "Equipo de diseño y atención",
  overview:
    "Las pequeñas marcas de moda crecen con un estilo reconocible, creadores y clientes que lucen la ropa en redes, y una lista de correo que convierte cada lanzamiento en un evento.",
  segments: [
    {
      name: "Personas a las que les encanta su estilo",
      description: "Compradores que quieren {offer} con un estilo y valores que reconocen",
      needs: ["Talla y calidad fiables online", "Una historia y valores compartidos"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Irene, la compradora con estilo",
      summary: "Descubre marcas en Instagram y TikTok y compra cuando las reseñas de talla son buenas.",
      demographics: "20-38 años, compra online",
      goals: ["Ropa que sienta suya"],
      painPoints: ["Tallas que son una lotería"],
      objections: ["¿Me quedará como en las fotos?"],
      quote: "Compré al verlo en alguien de mi talla.",
    },
    {
      name: "Rosa, la que compra para regalar",
      summary:
        "Compra ropa para regalar varias veces al año y quiere una guía de tallas clara, envoltorio de regalo y devoluciones fáciles.",
      demographics: "40-65, compra online por la tarde, para su pareja, sus hijos o sus amigas",
      goals: ["Un regalo que siente bien y parezca especial", "Que llegue a tiempo para la fecha"],
      painPoints: ["Adivinar la talla de otra persona", "Devoluciones que cuestan dinero o tardan semanas"],
      objections: ["¿Y si no le queda bien?"],
      quote: "Si el cambio es gratis, compro sin pensarlo.",
    },
  ],
  positioning: {
    need: "quieren {offer} que les represente",
    benefit: "diseña series cortas con detalles de talla reales",
    reason: "cada prenda se muestra en cuerpos reales con medidas",
    promise: "Ropa a tu estilo y a tu talla.",
  },
} satisfies IndustryCopy;
