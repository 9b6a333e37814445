import type { IndustryCopy } from "../../../i18n/types";

export const es = {
  label: "belleza",
  kinds: {
    salon: { noun: "salón de belleza", a: "un salón de belleza", the: "el salón" },
    spa: { noun: "spa", a: "un spa", the: "el spa" },
    cosmetics: { noun: "marca de cosmética", a: "una marca de cosmética", the: "la marca de cosmética" },
  },
  customers: "clientas y clientes",
  offer: "tratamientos de belleza",
  team: "Estilistas y terapeutas",
  b2bAngle: "jornadas de bienestar para empresas y tarjetas regalo corporativas",
  overview:
    "La belleza es visual y se basa en la confianza: la clientela descubre {kindA} en Instagram, TikTok y las reseñas de Google, reserva online y es fiel a una persona más que a una marca. Las nuevas reservas y las recomendaciones deciden la rentabilidad.",
  trends: [
    "La clientela descubre y juzga tratamientos y productos por vídeos cortos y fotos de antes y después",
    "La reserva online y los recordatorios ya se dan por hechos, con señal para reducir ausencias",
    "Sigue creciendo la demanda de belleza natural, limpia y personalizada",
  ],
  competitors: [
    {
      name: "Cadenas de salones y marcas de gran consumo",
      strengths: "Ubicaciones cómodas, promociones y marca reconocida",
      weaknesses: "Servicio con prisas, resultados genéricos y poco consejo personal",
      edge: "{name} ofrece atención personal, consejo experto y resultados que se fotografían",
    },
    {
      name: "Especialistas independientes y marcas indie",
      strengths: "Seguidores fieles y estilo propio",
      weaknesses: "Disponibilidad limitada y reservas o envíos irregulares",
      edge: "Una experiencia profesional de la reserva al cuidado posterior, con calidad constante",
    },
    {
      name: "Tratamientos caseros y productos de droguería",
      strengths: "Baratos y cómodos",
      weaknesses: "Resultados irregulares y sin consejo experto",
      edge: "Resultados expertos y un consejo que el producto solo no puede dar",
    },
  ],
  swot: {
    strengths: [
      "Equipo cualificado con relación personal con la clientela",
      "Resultados muy visuales que se venden solos en redes",
    ],
    weaknesses: ["Capacidad limitada por el tiempo de cada profesional", "Ingresos que dependen de unas pocas personas clave"],
    opportunities: [
      "Bonos, membresías y tarjetas regalo que suben el gasto y la fidelidad",
      "Venta de productos y cuidados posteriores que añaden ingresos por visita",
      "Reservas para bodas, eventos y empresas",
    ],
    threats: ["Competidores de bajo precio y plataformas de descuentos", "Personas clave que se van y se llevan clientela"],
  },
  segments: [
    {
      name: "Clientela habitual de mantenimiento",
      description: "Personas que reservan cada pocas semanas y valoran a una especialista de confianza",
      needs: ["Resultados constantes con la misma persona", "Volver a reservar fácilmente"],
    },
    {
      name: "Clientela para ocasiones especiales",
      description: "Personas que se preparan para bodas, eventos o vacaciones",
      needs: ["Confianza en el resultado", "Disponibilidad en una fecha concreta"],
    },
    {
      name: "Autocuidado y compradores de regalos",
      description: "Personas que se dan un capricho o compran bonos y productos para regalar",
      needs: ["Una experiencia premium y relajante", "Tarjetas regalo y packs fáciles"],
    },
  ],
  personas: [
    {
      name: "Sofía, la clienta fiel",
      summary: "Reserva cada cinco semanas y sigue a su estilista o terapeuta en Instagram.",
      demographics: "28-50 años, profesional, vive o trabaja cerca",
      goals: ["Verse y sentirse bien con poco esfuerzo", "Una especialista que conozca sus preferencias"],
      painPoints: ["Cancelaciones de última hora", "Tener que explicar cada vez lo que quiere"],
      objections: ["Su sitio actual está bien", "Subidas de precio"],
      quote: "Cuando encuentro a alguien que lo clava, no me voy a ningún otro sitio.",
    },
    {
      name: "Nina, la que prepara un evento",
      summary: "Tiene una boda o un evento y revisa reseñas y fotos con cuidado antes de reservar.",
      demographics: "25-40 años, organizando un evento, busca online",
      goals: ["Salir perfecta en las fotos", "No correr ningún riesgo ese día"],
      painPoints: ["No saber si el resultado será como en las fotos", "Agendas completas"],
      objections: ["¿Puedo ver antes resultados reales?", "¿Es posible hacer una prueba?"],
      quote: "Enséñame resultados y reseñas reales y reservo la prueba hoy.",
    },
  ],
  positioning: {
    need: "quieren resultados que les encanten, de alguien que escuche",
    benefit: "ofrece {offer} con consejo experto y resultados dignos de foto",
    reason: "cada cliente está en manos de una especialista que conoce sus preferencias",
    promise: "Resultados que te encantan, de especialistas que recuerdan exactamente cómo te gusta.",
  },
  messages: ["Resultados que querrás fotografiar", "Especialistas que escuchan y recuerdan", "Reserva online en 30 segundos"],
  mix: {
    product: "{offer}, con tratamientos o productos estrella, bonos y cuidados posteriores que prolongan el resultado.",
    price:
      "Premium y escalonado según el nivel de la especialista; bonos y membresías en lugar de descuentos; señal en las horas más demandadas.",
    place: "El salón o estudio {inRegion} con reserva online, más una tienda online de productos y tarjetas regalo.",
    people: "Especialistas con perfil y portfolio visibles; una recepción que confirma, recuerda y vuelve a reservar.",
    process:
      "Reserva online con señal, consulta antes de cada tratamiento nuevo, nueva cita antes de salir y seguimiento de cuidados.",
    physicalEvidence:
      "Interior cuidado, portfolio de antes y después, un feed de Instagram coherente y reseñas que nombran a la especialista.",
  },
  risks: [
    {
      risk: "Las ausencias y cancelaciones de última hora desperdician las mejores horas",
      mitigation: "Cobrar señal y enviar recordatorios 48 y 24 horas antes",
      contingency: "Mantener una lista de espera y llenar huecos con una oferta de última hora para seguidores",
    },
    {
      risk: "Una persona clave del equipo se va y se lleva clientela",
      mitigation: "Construir la marca {name} junto a los perfiles individuales y centralizar las fichas de clientes",
      contingency: "Contactar personalmente a la clientela afectada y presentarle a una compañera de confianza",
    },
  ],
  topics: [
    "Antes y después: el resultado favorito de la semana",
    "Conoce a la especialista: lo que más le gusta hacer",
    "Cómo elegir el tratamiento adecuado para ti",
    "Huecos de última hora y cómo reservar",
    "Consejos de cuidado para que el resultado dure",
    "Reseña destacada y recompensa por recomendar",
  ],
  questions: [
    "¿Cuál es hoy tu ticket medio y tu tasa de nuevas reservas?",
    "¿Qué tratamientos o productos tienen mejor margen y más capacidad libre?",
  ],
} satisfies IndustryCopy;
