import type { IndustryCopy } from "../../../i18n/types";

export const es = {
  label: "servicios para el hogar",
  kinds: {
    plumbing: {
      noun: "empresa de reparaciones e instalaciones",
      a: "una empresa de reparaciones e instalaciones",
      the: "la empresa",
    },
    cleaning: { noun: "empresa de limpieza", a: "una empresa de limpieza", the: "la empresa de limpieza" },
    landscaping: { noun: "empresa de jardinería", a: "una empresa de jardinería", the: "la empresa de jardinería" },
  },
  customers: "propietarios",
  offer: "servicios para el hogar",
  team: "Técnicos y cuadrillas",
  b2bAngle: "contratos de mantenimiento para oficinas, propietarios y administradores de fincas",
  overview:
    "Los propietarios {inRegion} buscan en Google cuando algo se estropea o hay que hacerlo, y eligen entre los primeros negocios con buenas reseñas, precios claros y respuesta rápida. La rapidez de respuesta y la reputación ganan la mayoría de los trabajos.",
  trends: [
    "La mayoría de los trabajos empieza con una búsqueda 'cerca de mí' en Google Maps y un vistazo a las reseñas",
    "Los clientes esperan respuesta rápida, presupuesto online y una franja de llegada clara",
    "Los planes de mantenimiento y las suscripciones suavizan la estacionalidad",
  ],
  competitors: [
    {
      name: "Franquicias nacionales",
      strengths: "Notoriedad, centralitas y grandes presupuestos publicitarios",
      weaknesses: "Caras e impersonales, con calidad local variable",
      edge: "{name} ofrece profesionales locales y fiables que llegan a su hora y lo dejan todo limpio",
    },
    {
      name: "Autónomos y manitas baratos",
      strengths: "Precios bajos y flexibilidad",
      weaknesses: "Poco fiables, sin seguro o difíciles de localizar",
      edge: "Trabajo asegurado y garantizado, y un equipo que coge el teléfono",
    },
    {
      name: "Hacerlo uno mismo",
      strengths: "Barato e inmediato",
      weaknesses: "Arriesgado, lento y a menudo más caro al final",
      edge: "Bien hecho a la primera, con garantía",
    },
  ],
  swot: {
    strengths: ["Equipo cualificado y fiable con reputación local", "Clientes que repiten y recomiendan"],
    weaknesses: [
      "Capacidad limitada por cuadrillas y furgonetas",
      "El propietario está en las obras y tiene poco tiempo para el marketing",
    ],
    opportunities: [
      "Planes de mantenimiento con ingresos recurrentes",
      "Contratos con propietarios, oficinas y administradores de fincas",
      "Campañas de temporada ajustadas a los picos de demanda",
    ],
    threats: ["Plataformas que venden el mismo contacto a varias empresas", "Subida de combustible, materiales y mano de obra"],
  },
  segments: [
    {
      name: "Propietarios con una urgencia",
      description: "Personas que necesitan arreglar algo ya y eligen a quien sea rápido y de confianza",
      needs: ["Respuesta rápida y franja de llegada clara", "Precios justos y transparentes"],
    },
    {
      name: "Propietarios que planean un proyecto",
      description: "Personas que planean una mejora o un servicio periódico y comparan presupuestos",
      needs: ["Presupuestos detallados y ejemplos de trabajos anteriores", "Confianza en la calidad y la limpieza"],
    },
    {
      name: "Arrendadores y administradores de fincas",
      description: "Propietarios de varios inmuebles que necesitan un servicio fiable y recurrente",
      needs: ["Respuesta fiable en todos los inmuebles", "Facturación e informes sencillos"],
    },
  ],
  personas: [
    {
      name: "Carmen, la propietaria sin tiempo",
      summary: "Tiene un problema en casa, busca en el móvil y llama al primer negocio que le da confianza.",
      demographics: "35-60 años, propietaria con familia, vive en la zona",
      goals: ["Que se arregle rápido y bien", "Saber el precio antes de empezar"],
      painPoints: ["Empresas que nunca devuelven la llamada", "Costes sorpresa"],
      objections: ["¿Pueden venir hoy?", "¿Son más caros que otros?"],
      quote: "Quien conteste primero, tenga buenas reseñas y me dé un precio se queda el trabajo.",
    },
    {
      name: "Pablo, el administrador de fincas",
      summary: "Lleva varias viviendas en alquiler y necesita un profesional de confianza.",
      demographics: "35-60 años, arrendador o administrador de fincas",
      goals: ["Menos quejas de inquilinos", "Un profesional en quien poder confiar"],
      painPoints: ["Perseguir a los profesionales", "Calidad desigual entre trabajos"],
      objections: ["Precio por trabajo", "Capacidad para venir con poca antelación"],
      quote: "Si me coges el teléfono y me mandas facturas claras, te quedas con todos mis inmuebles.",
    },
  ],
  positioning: {
    need: "quieren el trabajo bien hecho, a tiempo y con el precio claro desde el principio",
    benefit: "llega cuando promete, hace el trabajo como es debido y lo deja todo recogido",
    reason: "su equipo está asegurado, verificado y respalda cada trabajo con garantía",
    promise: "Puntuales, bien hecho, limpio y con precio antes de empezar.",
  },
  messages: [
    "Respuesta rápida, precios justos, trabajo garantizado",
    "Locales, asegurados y valorados por tus vecinos",
    "Pide tu presupuesto gratis hoy",
  ],
  mix: {
    product: "{offer}, empaquetados en servicios claros con precio cerrado cuando sea posible y planes de mantenimiento.",
    price:
      "Desplazamiento y precios cerrados transparentes para los trabajos habituales; presupuesto por escrito para proyectos; descuentos con plan de mantenimiento.",
    place: "Zona de servicio {inRegion}, con reserva online, teléfono y WhatsApp.",
    people: "Técnicos amables y uniformados que explican el trabajo y limpian al terminar.",
    process: "Respuesta en una hora, franja de llegada, fotos de antes y después, factura y petición de reseña el mismo día.",
    physicalEvidence: "Furgonetas y uniformes rotulados, fotos de antes y después, reseñas y garantías por escrito.",
  },
  risks: [
    {
      risk: "Entran más contactos de los que pueden atender las cuadrillas y se alargan los tiempos de respuesta",
      mitigation: "Organizar la atención de llamadas y franjas de reserva claras",
      contingency: "Pausar los anuncios hasta ponerse al día y priorizar los trabajos de más valor",
    },
    {
      risk: "La estacionalidad deja cuadrillas paradas en los meses flojos",
      mitigation: "Vender planes de mantenimiento y servicios de temporada baja",
      contingency: "Lanzar una oferta de temporada baja a antiguos clientes y cuentas de empresa",
    },
  ],
  topics: [
    "Antes y después: el trabajo de la semana",
    "Tres señales de que tu casa necesita ayuda, y qué hacer",
    "Conoce al equipo de {name}",
    "Presupuesto gratis: cómo funciona y lo rápido que respondemos",
    "Checklist de mantenimiento de temporada para clientes",
    "Reseña de cliente y agradecimiento por recomendarnos",
  ],
  questions: [
    "¿Cuál es tu importe medio por trabajo y cuántos trabajos puede asumir tu equipo por semana?",
    "¿Qué servicios y zonas son los más rentables para ti?",
  ],
} satisfies IndustryCopy;
