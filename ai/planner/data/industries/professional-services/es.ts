import type { IndustryCopy } from "../../../i18n/types";

export const es = {
  label: "servicios profesionales",
  kinds: {
    accounting: { noun: "asesoría contable y fiscal", a: "una asesoría contable y fiscal", the: "la asesoría" },
    legal: { noun: "despacho de abogados", a: "un despacho de abogados", the: "el despacho" },
    consulting: { noun: "consultora", a: "una consultora", the: "la consultora" },
  },
  customers: "clientes",
  offer: "asesoramiento experto",
  team: "Gestores de clientes",
  b2bAngle: "igualas mensuales para empresas",
  overview:
    "Los clientes eligen asesor por confianza: la mayoría llega por recomendación y luego revisa la web, las reseñas y LinkedIn antes de pedir una primera llamada. Los despachos que explican con claridad qué hacen, para quién y a qué precio convierten mucho más de ese interés.",
  trends: [
    "Los clientes comparan despachos online y esperan paquetes de servicios claros y honorarios cerrados",
    "El software y la IA automatizan el trabajo rutinario, así que el valor está en el consejo y la relación",
    "Las recomendaciones siguen trayendo los mejores clientes, pero antes miran reseñas y LinkedIn",
  ],
  competitors: [
    {
      name: "Grandes firmas regionales y nacionales",
      strengths: "Marca, amplitud de especialidades y clientes de renombre",
      weaknesses: "Caras, personal junior en cuentas pequeñas, respuestas lentas",
      edge: "{name} ofrece atención senior, respuestas rápidas y honorarios acordados de antemano",
    },
    {
      name: "Profesionales independientes y pequeños despachos locales",
      strengths: "Precios bajos y relaciones personales",
      weaknesses: "Capacidad y especialización limitadas, poca presencia online",
      edge: "Una especialidad clara y una experiencia de cliente profesional y sencilla",
    },
    {
      name: "Servicios online y hacerlo uno mismo",
      strengths: "Baratos, rápidos y disponibles a cualquier hora",
      weaknesses: "Sin criterio ni responsabilidad cuando algo sale mal",
      edge: "Asesoramiento adaptado a la situación del cliente y alguien a quien llamar",
    },
  ],
  swot: {
    strengths: ["Conocimiento experto difícil de encontrar en otro sitio", "Relaciones de recomendación con clientes actuales"],
    weaknesses: [
      "Ingresos ligados a horas facturables y al tiempo de los socios",
      "Pocas pruebas visibles online (reseñas, casos de éxito)",
    ],
    opportunities: [
      "Servicios empaquetados con honorarios cerrados, fáciles de contratar",
      "Contenido y webinars que responden a las preguntas más frecuentes de los clientes",
      "Alianzas con asesores complementarios que atienden a los mismos clientes",
    ],
    threats: [
      "La automatización y los servicios online baratos presionan los honorarios",
      "Cambios normativos que exigen adaptarse rápido",
    ],
  },
  segments: [
    {
      name: "Pequeñas empresas dirigidas por su propietario",
      description: "Empresas de 1 a 50 personas donde decide el dueño y se valora un asesor de confianza",
      needs: ["Consejos claros y sin jerga", "Honorarios previsibles"],
    },
    {
      name: "Empresas en crecimiento con necesidades complejas",
      description: "Empresas que suman personal, sociedades o mercados y necesitan ayuda especializada",
      needs: ["Asesoramiento proactivo antes de que surjan problemas", "Un equipo que crezca con ellas"],
    },
    {
      name: "Particulares con una necesidad puntual",
      description: "Personas ante un hecho concreto: una mudanza, un conflicto, una herencia o la declaración de la renta",
      needs: ["Respuestas rápidas y tranquilizadoras", "Un precio cerrado por el trabajo"],
    },
  ],
  personas: [
    {
      name: "Martín, el empresario",
      summary: "Dirige una empresa de 15 personas y quiere un asesor que explique las cosas claras y coja el teléfono.",
      demographics: "40-60 años, fundador o gerente de una pyme",
      goals: ["Cumplir con todo sin preocuparse", "Decidir mejor con cifras o consejos claros"],
      painPoints: ["Asesores que solo llaman para mandar la factura", "Jerga y honorarios sorpresa"],
      objections: ["Cambiar de asesor es un engorro", "¿Tendrá un despacho pequeño la experiencia necesaria?"],
      quote: "Quiero a alguien que me diga qué hacer antes del plazo, no después.",
    },
    {
      name: "Clara, la clienta particular",
      summary: "Tiene un problema concreto y compara dos o tres despachos online antes de llamar.",
      demographics: "30-65 años, profesional, busca online",
      goals: ["Resolver el problema rápido", "Saber el coste de antemano"],
      painPoints: ["No saber en quién confiar", "Honorarios por hora sin techo"],
      objections: ["¿Me lo puedo permitir?", "¿Tiene este despacho experiencia con mi caso?"],
      quote: "Dime cuánto costará y cuánto tardará.",
    },
  ],
  positioning: {
    need: "quieren ayuda experta de confianza, sin honorarios sorpresa",
    benefit: "da un asesoramiento claro y senior con honorarios acordados de antemano",
    reason: "se centra en clientes como ellos y responde en un día laborable",
    promise: "Asesoramiento experto en lenguaje claro, a un precio acordado antes de empezar.",
  },
  messages: [
    "Consejos claros, honorarios cerrados, sin sorpresas",
    "Expertos senior que cogen el teléfono",
    "Clientes como tú confían en nosotros: lee sus historias",
  ],
  mix: {
    product:
      "{offer}, empaquetado en servicios claros con alcance definido, más una oferta de entrada como una revisión a precio cerrado.",
    price:
      "Honorarios cerrados o cuotas mensuales siempre que se pueda; tarifa por hora solo para trabajos abiertos; primera llamada gratuita.",
    place: "Oficina {inRegion} y reuniones por videollamada; reserva online de la primera llamada.",
    people: "Asesores senior con perfiles visibles, fotos y credenciales; cada cliente conoce a su contacto.",
    process:
      "Primera llamada gratuita de 20 minutos, propuesta por escrito en dos días, checklist de alta y seguimientos periódicos.",
    physicalEvidence: "Web profesional con honorarios, casos, reseñas y credenciales; propuestas e informes con imagen de marca.",
  },
  risks: [
    {
      risk: "El tiempo de los socios se llena y el marketing se para en cuanto entra trabajo",
      mitigation: "Reservar dos horas semanales al marketing y delegar la publicación",
      contingency: "Mantener solo recomendaciones y newsletter en temporada alta",
    },
    {
      risk: "Una queja o una mala reseña daña la confianza en un negocio basado en recomendaciones",
      mitigation: "Fijar expectativas por escrito y pedir opinión en cada hito",
      contingency: "Responder de forma personal y profesional, y corregir el proceso que falló",
    },
  ],
  topics: [
    "Las cinco preguntas que más nos hacen los clientes, respondidas",
    "Recordatorio de plazos y checklist para {customers}",
    "Caso de éxito: cómo ayudamos a un cliente como tú",
    "Nuestro paquete a precio cerrado: qué incluye",
    "Novedades trimestrales para clientes actuales",
    "Historia de un cliente e invitación a recomendarnos",
  ],
  questions: [
    "¿Cuánto vale de media un cliente nuevo en su primer año y cuántos puedes asumir al mes?",
    "¿Qué servicios quieres hacer crecer y qué clientes son los más rentables?",
  ],
} satisfies IndustryCopy;
