import type { IndustryCopy } from "../../../i18n/types";

export const es = {
  label: "pequeña empresa",
  kinds: { business: { noun: "negocio", a: "un negocio", the: "el negocio" } },
  customers: "clientes",
  offer: "productos y servicios",
  team: "Equipo de atención al cliente",
  b2bAngle: "pedidos periódicos de empresas locales",
  overview:
    "Las pequeñas empresas {inRegion} compiten por la atención con actores más grandes que invierten más. Las que crecen son fáciles de encontrar, dejan claro qué ofrecen y para quién, y convierten a los clientes satisfechos en reseñas y recomendaciones.",
  trends: [
    "Los clientes investigan online, comparan reseñas y esperan respuestas rápidas antes de comprar",
    "El vídeo corto y el contenido auténtico entre bastidores funcionan mejor que los anuncios pulidos",
    "Los clientes que repiten y las recomendaciones cuestan menos que los clientes nuevos",
  ],
  competitors: [
    {
      name: "Competidores más grandes y consolidados",
      strengths: "Notoriedad, presupuestos mayores y más alcance",
      weaknesses: "Menos personales y más lentos para adaptarse",
      edge: "{name} ofrece trato personal, flexibilidad y un enfoque concreto",
    },
    {
      name: "Alternativas online",
      strengths: "Cómodas y a menudo más baratas",
      weaknesses: "Genéricas, con poco consejo o soporte",
      edge: "Conocimiento y una relación que los clientes no encuentran online",
    },
    {
      name: "No hacer nada o hacerlo uno mismo",
      strengths: "Sin coste inicial",
      weaknesses: "El problema sigue ahí o sale más caro después",
      edge: "Un primer paso claro y asequible que demuestra el valor rápido",
    },
  ],
  swot: {
    strengths: [
      "Trato personal del propietario y del equipo",
      "Flexibilidad para adaptarse más rápido que los competidores grandes",
    ],
    weaknesses: ["Poca notoriedad fuera de los clientes actuales", "Presupuesto de marketing pequeño y poco tiempo"],
    opportunities: [
      "Reseñas y recomendaciones de clientes satisfechos",
      "Alianzas con negocios locales complementarios",
      "Búsquedas de personas que ya buscan {offer}",
    ],
    threats: ["Competidores más grandes con más presupuesto", "Costes al alza que aprietan los márgenes"],
  },
  segments: [
    {
      name: "Personas que buscan {offer}",
      description: "Personas que buscan activamente {offer} y comparan unas pocas opciones",
      needs: ["Una respuesta y un precio rápidos y claros", "Pruebas de que {name} es de fiar"],
    },
    {
      name: "Clientes actuales y antiguos",
      description: "Personas que ya conocen {name} y podrían volver a comprar o recomendar",
      needs: ["Un motivo para volver", "Formas fáciles de recomendar"],
    },
    {
      name: "Empresas y socios locales",
      description: "Organizaciones que podrían comprar con regularidad o enviar a sus propios clientes",
      needs: ["Fiabilidad y condiciones claras", "Beneficio mutuo"],
    },
  ],
  personas: [
    {
      name: "Ana, la que busca activamente",
      summary: "Necesita {offer}, busca online y contacta con las dos o tres opciones que le parecen más fiables.",
      demographics: "30-55 años, vive en la zona, busca desde el móvil",
      goals: ["Encontrar rápido un proveedor fiable", "Una buena relación calidad-precio"],
      painPoints: ["Respuestas lentas o inexistentes", "Precios poco claros"],
      objections: ["Nunca ha oído hablar de {name}", "Opciones más baratas en otros sitios"],
      quote: "Si las reseñas son buenas y contestan rápido, les daré una oportunidad.",
    },
    {
      name: "Jorge, el cliente fiel",
      summary: "Ya compró, quedó contento y volvería o recomendaría si se lo recordaran.",
      demographics: "35-65 años, cliente actual",
      goals: ["Tratar con gente que conoce y en quien confía", "No tener que volver a buscar"],
      painPoints: ["Olvidarse de volver a reservar o pedir", "Sentirse dado por hecho"],
      objections: ["Ahora mismo no lo tiene en mente"],
      quote: "Los recomendaría, pero nunca nadie me lo ha pedido.",
    },
  ],
  positioning: {
    need: "quieren {offer} de alguien de confianza",
    benefit: "hace que comprar {offer} sea sencillo, personal y fiable",
    reason: "lo llevan personas a las que les importa cada cliente y que responden rápido",
    promise: "Un trato personal en el que puedes confiar, de gente que responde rápido.",
  },
  messages: [
    "Trato personal, respuestas rápidas",
    "Clientes {inRegion} confían en nosotros: lee las reseñas",
    "Contacta hoy mismo",
  ],
  mix: {
    product: "{offer}, explicados con claridad y con una oferta estrella que la gente pueda recomendar.",
    price: "Precios claros y publicados, o precios desde; paquetes en lugar de descuentos.",
    place: "Atendemos {inRegion}, con contacto y reserva online.",
    people: "Un equipo que responde rápido y conoce a los clientes por su nombre.",
    process: "Respuesta en un día laborable, siguientes pasos claros y seguimiento tras cada compra.",
    physicalEvidence: "Reseñas, fotos de trabajos reales y una web y un perfil de Google cuidados.",
  },
  risks: [
    {
      risk: "La oferta no está clara y las visitas se van sin contactar",
      mitigation: "Probar el titular y la oferta con cinco clientes antes de invertir en anuncios",
      contingency: "Reescribir la web y el perfil en torno a la pregunta que más hacen los clientes",
    },
    {
      risk: "La demanda llega en picos que el equipo no puede atender",
      mitigation: "Montar un sistema sencillo de reservas o consultas con respuestas automáticas",
      contingency: "Pausar la promoción en los picos y mantener una lista de espera",
    },
  ],
  topics: [
    "Conoce a las personas detrás de {name}",
    "Cómo trabajamos: qué esperar de {name}",
    "Historia de cliente: un problema que resolvimos",
    "La oferta de este mes y cómo conseguirla",
    "Nota de agradecimiento y consejo para clientes actuales",
    "Reseña destacada e invitación a recomendarnos",
  ],
  questions: ["¿Qué te compran más a menudo los clientes y cuánto vale de media?", "¿De dónde vienen hoy tus mejores clientes?"],
} satisfies IndustryCopy;
