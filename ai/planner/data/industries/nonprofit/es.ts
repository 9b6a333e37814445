import type { IndustryCopy } from "../../../i18n/types";

export const es = {
  label: "organizaciones sin ánimo de lucro",
  kinds: {
    charity: { noun: "organización sin ánimo de lucro", a: "una organización sin ánimo de lucro", the: "la organización" },
  },
  customers: "simpatizantes",
  offer: "programas comunitarios",
  team: "Voluntariado y equipo",
  b2bAngle: "alianzas con empresas y donaciones de sus plantillas",
  overview:
    "Las ONG compiten por la atención y la confianza tanto como por el dinero. La gente dona a causas que entiende y cuyo avance ve; la mayor parte de los ingresos procede de un pequeño grupo de donantes fieles, así que retenerlos importa tanto como captar nuevos.",
  trends: [
    "Las donaciones mensuales crecen mientras las puntuales fluctúan con la economía",
    "Los simpatizantes esperan ver el impacto: historias, cifras y novedades",
    "La recaudación entre particulares y los retos en redes atraen a donantes más jóvenes",
  ],
  competitors: [
    {
      name: "Grandes ONG nacionales",
      strengths: "Marca reconocida, grandes campañas y captación profesional",
      weaknesses: "Los donantes se sienten lejos del impacto",
      edge: "{name} muestra exactamente adónde va cada donación, cerca de casa",
    },
    {
      name: "Otras causas locales",
      strengths: "Vínculos con la comunidad y redes personales",
      weaknesses: "Alcance limitado y comunicación irregular",
      edge: "Novedades periódicas y honestas, y formas fáciles de ayudar",
    },
    {
      name: "Dar tiempo o dinero a otras causas",
      strengths: "La gente tiene muchas causas y un presupuesto limitado",
      weaknesses: "Dar de forma dispersa rara vez se siente significativo",
      edge: "Un motivo claro y tangible para donar aquí, y pruebas de que importa",
    },
  ],
  swot: {
    strengths: ["Una misión clara que importa a la gente", "Voluntarios y beneficiarios con historias poderosas"],
    weaknesses: ["Equipo pequeño con poco tiempo para comunicación", "Dependencia de unos pocos grandes donantes o subvenciones"],
    opportunities: [
      "Programa de donación mensual para ingresos previsibles",
      "Alianzas con empresas y voluntariado corporativo",
      "Herramientas gratuitas como Google Ad Grants y descuentos para ONG",
    ],
    threats: ["Cansancio de los donantes y presión económica sobre las donaciones", "Competencia por las subvenciones"],
  },
  segments: [
    {
      name: "Simpatizantes locales comprometidos",
      description: "Personas que ya conocen la causa, hacen voluntariado o donan de vez en cuando",
      needs: ["Ver el impacto de su apoyo", "Formas fáciles de donar de forma periódica"],
    },
    {
      name: "Nuevos donantes que llegan por las historias",
      description: "Personas a las que les importa la causa pero no conocen {name}",
      needs: ["Un motivo claro y emotivo para actuar", "Un primer paso sencillo"],
    },
    {
      name: "Empresas y fundaciones",
      description: "Empresas y financiadores que buscan socios creíbles",
      needs: ["Resultados medibles e informes", "Visibilidad e implicación de sus plantillas"],
    },
  ],
  personas: [
    {
      name: "Rut, la simpatizante fiel",
      summary: "Dona varias veces al año, comparte publicaciones y donaría cada mes si se lo pidieran bien.",
      demographics: "45-70 años, vecina de la zona, activa en la comunidad",
      goals: ["Marcar una diferencia real en su entorno", "Saber que su dinero se usa bien"],
      painPoints: ["No saber qué pasó con su donación", "Sentirse presionada"],
      objections: ["Ya apoya otras causas", "Le preocupan los gastos de estructura"],
      quote: "Enséñame lo que consiguió mi donación y seguiré donando.",
    },
    {
      name: "Leo, el joven activista",
      summary: "Le importa la causa, tiene poco dinero pero muchos contactos, y se apunta a retos.",
      demographics: "20-35 años, estudiante o joven profesional, activo en redes",
      goals: ["Actuar en temas que le importan", "Implicar a sus amigos"],
      painPoints: ["Causas que parecen anticuadas o lejanas", "Registros complicados"],
      objections: ["No puedo dar mucho", "No sé si sirve de algo"],
      quote: "No puedo dar mucho, pero puedo sumar a veinte amigos.",
    },
  ],
  positioning: {
    need: "quieren que su apoyo marque una diferencia visible",
    benefit: "convierte cada donación y cada hora en un impacto que se ve",
    reason: "informa abiertamente de lo que consigue cada aportación",
    promise: "Cada aportación marca una diferencia visible, y te enseñamos cómo.",
  },
  messages: [
    "Mira exactamente lo que consigue tu donación",
    "Únete a quienes lo hacen posible",
    "Dona cada mes: ayuda constante para las personas a las que servimos",
  ],
  mix: {
    product: "{offer}, explicados como proyectos concretos con resultados tangibles que los simpatizantes pueden financiar.",
    price:
      "Importes sugeridos vinculados a resultados; la donación mensual como petición principal; niveles de alianza para empresas.",
    place: "Página de donación online, eventos {inRegion} y los espacios y redes de los socios.",
    people: "Equipo y voluntariado que agradecen personalmente y comparten historias del terreno.",
    process: "Donación en un clic, agradecimiento en 48 horas e informe de impacto en tres meses.",
    physicalEvidence: "Memorias de impacto, fotos e historias con consentimiento, cuentas transparentes y logos de socios.",
  },
  risks: [
    {
      risk: "Termina una gran subvención o un gran donante y caen los ingresos",
      mitigation: "Hacer crecer los donantes mensuales y diversificar financiadores",
      contingency: "Lanzar un llamamiento urgente a los simpatizantes más implicados con un objetivo claro",
    },
    {
      risk: "No queda tiempo del equipo ni del voluntariado para comunicar",
      mitigation: "Planificar el contenido cada mes y sumar a una persona voluntaria para comunicación",
      contingency: "Centrarse solo en el email de novedades y en la petición de donación mensual",
    },
  ],
  topics: [
    "Una historia de las personas a las que ayuda {name} (con consentimiento)",
    "Por qué esta causa importa {inRegion}, en cifras",
    "Adónde va tu donación: desglose",
    "Llamamiento: ayúdanos a alcanzar el objetivo de este mes",
    "Informe de impacto y agradecimiento a los simpatizantes",
    "Voluntario destacado e invitación a unirse",
  ],
  questions: [
    "¿Cuántos donantes activos tienes y cuántos donan cada mes?",
    "¿Qué programas necesitan más financiación y qué consigue una aportación de cada importe?",
  ],
} satisfies IndustryCopy;
