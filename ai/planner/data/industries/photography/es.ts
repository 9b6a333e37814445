import type { IndustryCopy } from "../../../i18n/types";
import { es as generic } from "../generic/es";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const es = {
  ...generic,
  label: "fotografía",
  kinds: {
    portrait: { noun: "estudio de fotografía", a: "un estudio de fotografía", the: "el estudio de fotografía" },
    commercial: {
      noun: "estudio de fotografía comercial",
      a: "un estudio de fotografía comercial",
      the: "el estudio de fotografía comercial",
    },
  },
  customers: "clientes",
  offer: "sesiones de fotos",
  team: "Fotógrafos",
  overview:
    "Los clientes eligen fotógrafo por su portfolio y por recomendación; la mayoría de reservas empiezan en Instagram, Google o un amigo.",
  segments: [
    {
      name: "Clientes que reservan una sesión",
      description: "Personas y empresas {inRegion} que quieren {offer} con un estilo que ya han visto",
      needs: ["Un portfolio con su tipo de sesión", "Paquetes y plazos de entrega claros"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Elena, que reserva una sesión",
      summary: "Tiene una fecha en mente y compara dos o tres portfolios antes de reservar {offer}.",
      demographics: "28-45 años, vive {inRegion}, descubre fotógrafos en Instagram",
      goals: ["Fotos para enmarcar y compartir"],
      painPoints: ["Fotógrafos que tardan en responder u ocultan precios"],
      objections: ["¿Las fotos serán como las del portfolio?"],
      quote: "Reservé con quien me emocionó con sus fotos.",
    },
    {
      name: "Nadia, responsable de marketing que necesita imágenes",
      summary:
        "Necesita fotos para la web, LinkedIn y un lanzamiento, y busca un fotógrafo que trabaje sobre un briefing y entregue a tiempo.",
      demographics: "30-50, responsable de marketing en una pyme",
      goals: ["Un banco de imágenes coherente para todo el año", "Derechos de uso claros desde el primer día"],
      painPoints: ["Sesiones que se alargan y alteran la oficina", "Esperar semanas por las fotos editadas"],
      objections: ["¿Qué condiciones de licencia tenéis?"],
      quote: "Cumple el briefing y el plazo y serás nuestro fotógrafo en cada lanzamiento.",
    },
  ],
  positioning: {
    need: "quieren {offer} como las del portfolio que les convenció",
    benefit: "convierte una sesión en fotos que se enmarcan y se comparten",
    reason: "cada sesión se planifica con el cliente y la entrega se acuerda de antemano",
    promise: "Fotos que querrás enmarcar, entregadas cuando lo decimos.",
  },
} satisfies IndustryCopy;
