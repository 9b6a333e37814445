import type { IndustryCopy } from "../../../i18n/types";
import { es as generic } from "../generic/es";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const es = {
  ...generic,
  label: "tatuajes y piercing",
  kinds: {
    tattoo: { noun: "estudio de tatuajes", a: "un estudio de tatuajes", the: "el estudio de tatuajes" },
    piercing: { noun: "estudio de piercing", a: "un estudio de piercing", the: "el estudio de piercing" },
  },
  customers: "clientes",
  offer: "tatuajes personalizados",
  team: "Artistas",
  overview:
    "La gente elige a su tatuador por su portfolio: Instagram, reseñas y boca a boca deciden quién reserva; los trabajos personalizados se reservan con semanas de antelación.",
  segments: [
    {
      name: "Personas que planean una pieza personalizada",
      description: "Clientes {inRegion} que quieren {offer} diseñados para ellos",
      needs: ["Un portfolio en su estilo", "Consulta, señal y precio claros"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Marta, su primera pieza personalizada",
      summary: "Lleva meses guardando ideas y busca un artista cuyo estilo encaje antes de reservar {offer}.",
      demographics: "22-40 años, vive {inRegion}, sigue a artistas en Instagram",
      goals: ["Una pieza que le guste toda la vida"],
      painPoints: ["Estudios que intimidan o van con prisa"],
      objections: ["¿Este artista encaja con mi estilo?"],
      quote: "Reservé porque el portfolio era justo lo que imaginaba.",
    },
    {
      name: "Leo, el coleccionista que completa una manga",
      summary:
        "Ya tiene varias piezas, sigue a artistas más que a estudios y reserva con meses de antelación cuando su artista abre agenda.",
      demographics: "25-45, muy tatuado, viaja por el artista adecuado",
      goals: ["Un trabajo que encaje con lo que ya lleva", "Un artista cuyo estilo le dé confianza"],
      painPoints: ["Agendas que se abren y se llenan en un día", "Estudios que no dicen quién tiene hueco"],
      objections: ["¿El artista hace cover-ups o continúa trabajos de otros?"],
      quote: "Sigo al artista, no al estudio: avisadme cuando abra agenda.",
    },
  ],
  positioning: {
    need: "quieren {offer} de los que sentirse orgullosos",
    benefit: "diseña cada pieza con el cliente en un estudio acogedor",
    reason: "cada artista muestra su portfolio y dedica tiempo a la consulta",
    promise: "Tatuajes que llevarás con orgullo, de artistas que escuchan.",
  },
} satisfies IndustryCopy;
