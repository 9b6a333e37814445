import type { IndustryCopy } from "../../../i18n/types";
import { es as generic } from "../generic/es";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const es = {
  ...generic,
  label: "servicios para mascotas",
  kinds: {
    grooming: { noun: "peluquería canina", a: "una peluquería canina", the: "la peluquería canina" },
    care: {
      noun: "servicio de cuidado de mascotas",
      a: "un servicio de cuidado de mascotas",
      the: "el servicio de cuidado de mascotas",
    },
  },
  customers: "dueños de mascotas",
  offer: "cuidado de mascotas",
  team: "Peluqueros y cuidadores",
  overview:
    "Los dueños de mascotas {inRegion} gastan cada año más en su cuidado y eligen a quien su animal acepta: reseñas, fotos de mascotas felices y una reserva fácil deciden.",
  segments: [
    {
      name: "Dueños de mascotas cercanos",
      description: "Dueños {inRegion} que buscan {offer} de confianza para un animal nervioso o muy querido",
      needs: ["Un trato tranquilo y seguro", "Reservas y recordatorios fáciles"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Lucía, la dueña entregada",
      summary: "Trata a su perro como a uno más de la familia y solo reserva {offer} con alguien de confianza.",
      demographics: "28-55 años, una o dos mascotas, vive {inRegion}",
      goals: ["Una mascota feliz y bien cuidada"],
      painPoints: ["Cuidadores que van con prisas"],
      objections: ["¿Puedo confiar mi perro a alguien nuevo?"],
      quote: "Si vuelve contento y cansado, reservo todos los meses.",
    },
    {
      name: "Edu, que acaba de adoptar un cachorro",
      summary:
        "Llevó un cachorro a casa el mes pasado y busca ayuda con la educación, la socialización y los días en que trabaja.",
      demographics: "25-40, primer perro, trabaja en oficina o por turnos",
      goals: ["Un perro equilibrado y seguro", "Alguien fiable en las jornadas largas"],
      painPoints: ["No saber en quién confiar con un perro joven", "Cancelaciones de última hora"],
      objections: ["¿Mi cachorro tiene edad y vacunas suficientes para empezar?"],
      quote: "Solo quiero que alguien me diga con sinceridad cómo va.",
    },
  ],
  positioning: {
    need: "quieren {offer} con la que su mascota esté tranquila",
    benefit: "trata a cada animal de forma individual, con fotos y avisos",
    reason: "los mismos cuidadores atienden siempre a cada mascota",
    promise: "Un cuidado que tu mascota espera con ganas.",
  },
} satisfies IndustryCopy;
