import type { IndustryCopy } from "../../../i18n/types";

export const es = {
  label: "educación",
  kinds: {
    tutoring: { noun: "centro de clases particulares", a: "un centro de clases particulares", the: "el centro" },
    courses: { noun: "plataforma de cursos", a: "una plataforma de cursos", the: "la plataforma de cursos" },
    school: { noun: "escuela", a: "una escuela", the: "la escuela" },
  },
  customers: "alumnos",
  offer: "clases y cursos",
  team: "Profesores",
  b2bAngle: "formación de plantillas y cursos en grupo para empresas",
  overview:
    "La educación es una compra de confianza: familias y alumnos comparan centros por resultados, reseñas y profesorado, a menudo durante semanas, con picos en época de exámenes y al inicio de curso. El boca a boca y los buscadores dominan las matrículas.",
  trends: [
    "Familias y alumnos comparan online y esperan una clase de prueba o una consulta gratuita",
    "Los formatos híbridos y online amplían el área de influencia más allá del barrio",
    "Las matrículas siguen el calendario escolar y las fechas de examen",
  ],
  competitors: [
    {
      name: "Grandes franquicias y cadenas",
      strengths: "Nombres conocidos, programas estructurados y presupuesto de marketing",
      weaknesses: "Enseñanza estandarizada y grupos más grandes",
      edge: "{name} ofrece atención personal y profesores que se adaptan a cada alumno",
    },
    {
      name: "Plataformas online y marketplaces",
      strengths: "Enorme oferta de profesores y precios bajos",
      weaknesses: "Calidad variable y sin continuidad",
      edge: "Profesores cualificados y constantes, y un progreso visible en el tiempo",
    },
    {
      name: "Contenido gratuito y estudiar por libre",
      strengths: "Gratis y disponible a cualquier hora",
      weaknesses: "Sin estructura, sin correcciones ni seguimiento",
      edge: "Estructura, correcciones y alguien que mantiene al alumno en el camino",
    },
  ],
  swot: {
    strengths: ["Profesores cualificados con resultados reales", "Relación personal con alumnos y familias"],
    weaknesses: ["Capacidad limitada por las horas de los profesores", "Picos de matrícula y meses tranquilos"],
    opportunities: [
      "Clases de prueba y evaluaciones gratuitas que convierten bien",
      "Alianzas con colegios, empresas y asociaciones",
      "Formatos online o en grupo que amplían la capacidad",
    ],
    threats: ["Plataformas online de bajo coste", "Cambios en exámenes o planes de estudio"],
  },
  segments: [
    {
      name: "Familias con hijos en edad escolar",
      description: "Padres y madres que buscan apoyo antes de los exámenes o para ganar confianza",
      needs: ["Profesores cualificados y de confianza", "Progreso visible y seguimiento"],
    },
    {
      name: "Alumnos adultos",
      description: "Adultos que estudian para cambiar de profesión, ascender o por interés personal",
      needs: ["Horarios flexibles u opciones online", "Un resultado claro o un certificado"],
    },
    {
      name: "Colegios y empresas",
      description: "Organizaciones que contratan clases en grupo o formación",
      needs: ["Impartición fiable e informes", "Precio claro por grupo"],
    },
  ],
  personas: [
    {
      name: "Laura, la madre que apoya",
      summary: "Quiere que su hijo gane confianza y saque buenas notas en los próximos exámenes.",
      demographics: "35-50 años, madre de un alumno de 10 a 17 años, vive cerca",
      goals: ["Mejores notas y más confianza para su hijo", "Un profesor en quien confiar"],
      painPoints: ["No saber si las clases funcionan", "Cuadrar horarios con el colegio y las actividades"],
      objections: ["¿Merece la pena el coste?", "¿Se llevará bien mi hijo con el profesor?"],
      quote: "Solo quiero ver a mi hijo disfrutar aprendiendo otra vez y llegar preparado a los exámenes.",
    },
    {
      name: "Omar, el que cambia de profesión",
      summary: "Estudia por las tardes para cambiar de trabajo y necesita un camino claro hacia un resultado.",
      demographics: "25-45 años, profesional en activo, estudia online o después del trabajo",
      goals: ["Conseguir una habilidad o certificado que valoren las empresas", "Compaginar el estudio con el trabajo"],
      painPoints: ["Cursos demasiado teóricos", "Perder el ritmo"],
      objections: ["¿Tendré tiempo?", "¿Me llevará a un trabajo mejor?"],
      quote: "Enséñame dónde estaré dentro de seis meses y me comprometo.",
    },
  ],
  positioning: {
    need: "quieren un progreso real con un profesor que se implique",
    benefit: "convierte {offer} en progreso medible y confianza",
    reason: "cada alumno tiene un profesor cualificado, un plan y seguimiento periódico",
    promise: "Profesores cualificados, un plan claro y un progreso que se ve.",
  },
  messages: ["Reserva una clase de prueba gratuita", "Profesores cualificados, planes personales", "Progreso visible, cada mes"],
  mix: {
    product: "{offer}, organizados en programas con evaluación inicial, objetivos claros e informes de progreso.",
    price:
      "Bonos trimestrales o mensuales con clase de prueba gratuita; opciones en grupo a menor precio; descuentos por hermanos o por recomendación.",
    place: "Presencial {inRegion} y online, con reserva online de clases de prueba.",
    people: "Profesores cualificados con perfil y credenciales, y el mismo profesor para cada alumno.",
    process:
      "Clase de prueba o evaluación gratuita, plan por escrito, informes periódicos y revisión antes de cada nuevo trimestre.",
    physicalEvidence:
      "Resultados y testimonios con consentimiento, credenciales del profesorado, un espacio de estudio cuidado y materiales claros.",
  },
  risks: [
    {
      risk: "Las matrículas se concentran en pocas semanas pico y se agota la capacidad",
      mitigation: "Abrir matrícula anticipada antes de cada pico y mantener lista de espera",
      contingency: "Añadir sesiones en grupo o plazas online para absorber la demanda",
    },
    {
      risk: "Los alumnos abandonan cuando el progreso se estanca",
      mitigation: "Compartir informes de progreso cada mes y celebrar los logros",
      contingency: "Ofrecer una sesión de revisión gratuita y ajustar el plan",
    },
  ],
  topics: [
    "Conoce a nuestros profesores y cómo enseñan",
    "Consejos de estudio para la próxima época de exámenes",
    "Historia de éxito de un alumno (con consentimiento)",
    "Clase de prueba gratuita: cómo reservarla",
    "Informe de progreso y plan para el próximo trimestre",
    "Recomienda a un amigo y los dos tendréis una clase gratis",
  ],
  questions: [
    "¿A cuántos alumnos das clase hoy y cuántos más puedes atender?",
    "¿Cuándo son tus picos de matrícula y cuánto paga un alumno por trimestre o curso?",
  ],
} satisfies IndustryCopy;
