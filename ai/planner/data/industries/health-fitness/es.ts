import type { IndustryCopy } from "../../../i18n/types";

export const es = {
  label: "salud y fitness",
  kinds: {
    gym: { noun: "gimnasio", a: "un gimnasio", the: "el gimnasio" },
    yoga: { noun: "estudio de yoga y pilates", a: "un estudio de yoga y pilates", the: "el estudio" },
    personalTraining: {
      noun: "servicio de entrenamiento personal",
      a: "un servicio de entrenamiento personal",
      the: "el servicio de entrenamiento personal",
    },
  },
  customers: "socios",
  offer: "clases y entrenamiento guiado",
  team: "Entrenadores y recepción",
  b2bAngle: "clases de bienestar corporativo para empresas de la zona",
  overview:
    "El fitness {inRegion} se reparte entre cadenas low cost, estudios boutique y el entrenamiento en casa. La gente elige por ubicación, ambiente y la primera clase, y la mayoría abandona en los tres primeros meses si no la retienen una comunidad y una rutina.",
  trends: [
    "Crece el entrenamiento boutique y en comunidad mientras las cadenas low cost compiten en precio",
    "El vídeo corto es donde la gente descubre estudios y entrenadores",
    "Los socios quieren resultados medibles y un entrenador que se fije en ellos",
  ],
  competitors: [
    {
      name: "Cadenas de gimnasios low cost",
      strengths: "Cuota baja, horario amplio y mucho equipamiento",
      weaknesses: "Masificadas, anónimas y con poca orientación",
      edge: "{name} ofrece entrenamiento guiado, comunidad y un progreso visible",
    },
    {
      name: "Estudios boutique cercanos",
      strengths: "Marca fuerte, gran ambiente y comunidades fieles",
      weaknesses: "Precios altos y horarios de clase rígidos",
      edge: "Una puerta de entrada más cercana, opciones flexibles y atención personal",
    },
    {
      name: "Entrenar en casa y apps de fitness",
      strengths: "Baratas, cómodas y disponibles a cualquier hora",
      weaknesses: "Sin compromiso, fácil abandonar",
      edge: "Entrenadores y un grupo que te esperan: por eso los socios se quedan",
    },
  ],
  swot: {
    strengths: ["Entrenadores que conocen a los socios por su nombre", "Una comunidad que hace que la gente vuelva"],
    weaknesses: ["Capacidad limitada por el espacio y los horarios", "Muchas bajas tras los primeros meses"],
    opportunities: [
      "Ofertas de iniciación y retos que convierten visitas de prueba en socios",
      "Alianzas de bienestar corporativo con empresas cercanas",
      "Recompensas para socios que traen a un amigo",
    ],
    threats: ["Cadenas low cost que abren cerca", "Picos en enero seguidos de bajón en verano"],
  },
  segments: [
    {
      name: "Principiantes que retoman el ejercicio",
      description: "Adultos que quieren ponerse en forma pero se sienten intimidados por los grandes gimnasios",
      needs: ["Una primera sesión acogedora", "Un plan que puedan mantener"],
    },
    {
      name: "Habituales comprometidos",
      description: "Personas que entrenan varias veces por semana y buscan progreso y comunidad",
      needs: ["Buena programación y entrenamiento", "Clases en horarios que encajen con su semana"],
    },
    {
      name: "Profesionales con poco tiempo",
      description: "Gente ocupada que necesita sesiones eficaces cerca del trabajo o de casa",
      needs: ["Sesiones cortas y eficaces", "Reservas fáciles y horarios flexibles"],
    },
  ],
  personas: [
    {
      name: "Elena, la que empieza de nuevo",
      summary: "Quiere ponerse en forma tras un largo parón y necesita un sitio donde no se sienta fuera de lugar.",
      demographics: "28-45 años, trabaja en oficina, vive a menos de 15 minutos",
      goals: ["Sentirse más fuerte y con más energía", "Crear una rutina que mantenga"],
      painPoints: ["Sentirse perdida en un gimnasio grande", "Perder la motivación a las pocas semanas"],
      objections: ["Todavía no estoy en forma", "La cuota parece un gran compromiso"],
      quote: "Si alguien me enseña qué hacer y nota cuando no voy, me quedo.",
    },
    {
      name: "Dani, el entrenado",
      summary: "Entrena cuatro veces por semana y quiere entrenadores y compañeros que le exijan.",
      demographics: "25-40 años, profesional activo, vive cerca",
      goals: ["Batir sus marcas personales", "Entrenar con gente de su nivel"],
      painPoints: ["Programas genéricos", "Máquinas ocupadas en hora punta"],
      objections: ["Más caro que su gimnasio actual", "Los horarios pueden no encajarle"],
      quote: "Quiero buen entrenamiento y gente que me empuje.",
    },
  ],
  positioning: {
    need: "quieren ponerse en forma con guía de verdad y gente que les mantenga constantes",
    benefit: "convierte {offer} en un progreso que los socios ven, en una comunidad que se fija en ellos",
    reason: "cada socio tiene un plan y entrenadores que saben su nombre",
    promise: "Entrenamiento guiado, comunidad y progreso visible, cerca de casa.",
  },
  messages: [
    "Tu primera sesión corre de nuestra cuenta",
    "Entrenadores que conocen tu nombre y tus metas",
    "Más fuerte cada mes: mira tu progreso",
  ],
  mix: {
    product: "{offer}, con un programa de iniciación para recién llegados y seguimiento del progreso para todos.",
    price:
      "Cuotas mensuales con una oferta de iniciación sin gran compromiso; bonos de clases para flexibilidad; sin matrícula en campaña.",
    place: "El centro {inRegion}, con reserva online y, cuando sea posible, algunas sesiones online o al aire libre.",
    people:
      "Entrenadores con perfil visible que reciben a los nuevos, aprenden nombres y hacen seguimiento tras la primera clase.",
    process:
      "Sesión de iniciación gratuita, reserva online sencilla, seguimiento tras la primera semana y revisión de progreso mensual.",
    physicalEvidence:
      "Espacio limpio y luminoso, historias de antes y después con consentimiento, fotos de socios y reseñas en Google.",
  },
  risks: [
    {
      risk: "Los socios nuevos abandonan en los primeros 90 días",
      mitigation: "Crear un programa de bienvenida con seguimientos en las semanas 1, 3 y 6",
      contingency: "Llamar personalmente a quien deja de venir y ofrecer una sesión gratuita con un entrenador",
    },
    {
      risk: "Bajón estacional en verano tras el pico de enero",
      mitigation: "Planificar con antelación un reto de verano y sesiones al aire libre",
      contingency: "Ofrecer pausar la cuota en lugar de darse de baja y promocionar bonos cortos",
    },
  ],
  topics: [
    "Conoce a los entrenadores de {name}",
    "Qué pasa en tu primera sesión: paso a paso",
    "Historia de transformación de un socio (con consentimiento)",
    "Oferta de iniciación: empieza este mes",
    "Reto mensual para socios",
    "Semana de trae a un amigo",
  ],
  questions: [
    "¿Cuántos socios activos tienes y cuál es tu tasa de bajas mensual?",
    "¿Qué horarios de clase se llenan y cuáles van medio vacíos?",
  ],
} satisfies IndustryCopy;
