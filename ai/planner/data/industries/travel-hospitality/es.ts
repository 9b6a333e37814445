import type { IndustryCopy } from "../../../i18n/types";

export const es = {
  label: "turismo y hostelería",
  kinds: {
    hotel: { noun: "hotel", a: "un hotel", the: "el hotel" },
    bnb: { noun: "alojamiento rural o con encanto", a: "un alojamiento con encanto", the: "el alojamiento" },
    tours: { noun: "empresa de tours y experiencias", a: "una empresa de tours y experiencias", the: "la empresa de tours" },
  },
  customers: "huéspedes",
  offer: "estancias y experiencias",
  team: "Equipo de atención al huésped",
  b2bAngle: "estancias de empresa, retiros de equipo y reservas de grupo",
  overview:
    "Los viajeros planifican en plataformas de reserva, webs de opiniones, Google Maps e Instagram. Las plataformas aportan volumen pero se quedan entre un 15 y un 25 % de comisión, así que los independientes {inRegion} ganan convirtiendo huéspedes de plataforma en huéspedes directos, que repiten y recomiendan.",
  trends: [
    "Los viajeros reservan en plataformas pero miran reseñas, fotos y la web propia antes de decidir",
    "Crece la demanda de experiencias auténticas y locales frente a la oferta estándar",
    "Reservas con menos antelación y más de última hora",
  ],
  competitors: [
    {
      name: "Alojamientos comparables de la zona",
      strengths: "Ubicación y precio parecidos, reseñas consolidadas",
      weaknesses: "Experiencia genérica y respuestas lentas",
      edge: "{name} ofrece una bienvenida personal, consejos locales y una estancia de la que se habla",
    },
    {
      name: "Cadenas y grandes operadores",
      strengths: "Programas de fidelidad, confianza de marca y grandes presupuestos de marketing",
      weaknesses: "Experiencia estandarizada e impersonal",
      edge: "Carácter, conocimiento local y una flexibilidad que una cadena no puede ofrecer",
    },
    {
      name: "Otros destinos o quedarse en casa",
      strengths: "A menudo más barato o más fácil",
      weaknesses: "Menos especial, sin historia que contar",
      edge: "Un motivo para venir: experiencias de temporada y ofertas que solo existen aquí",
    },
  ],
  swot: {
    strengths: ["Ubicación y carácter propios", "Hospitalidad personal que genera reseñas excelentes"],
    weaknesses: ["Gran dependencia de las comisiones de las plataformas", "Fuerte estacionalidad"],
    opportunities: [
      "Ventajas por reserva directa que sacan a los huéspedes que repiten de las plataformas",
      "Paquetes con socios locales (restaurantes, actividades, eventos)",
      "Ofertas de temporada baja para teletrabajadores, grupos y retiros",
    ],
    threats: [
      "Cambios de posicionamiento y comisiones en las plataformas",
      "Imprevistos fuera de control (tiempo, problemas de transporte)",
    ],
  },
  segments: [
    {
      name: "Viajeros de ocio y parejas",
      description: "Personas que planean una escapada o vacaciones y comparan opciones en plataformas",
      needs: ["Buenas fotos y reseñas de confianza", "Una estancia memorable y sencilla"],
    },
    {
      name: "Familias y grupos",
      description: "Grupos que necesitan espacio, flexibilidad y actividades",
      needs: ["Información clara sobre habitaciones e instalaciones", "Paquetes que ahorren planificación"],
    },
    {
      name: "Viajeros de negocios y teletrabajadores",
      description: "Huéspedes que viajan por trabajo o teletrabajan, a menudo entre semana",
      needs: ["Wi-Fi rápido y un sitio tranquilo para trabajar", "Facturación sencilla"],
    },
  ],
  personas: [
    {
      name: "Clara y Beni, la pareja de escapadas",
      summary: "Hacen dos o tres escapadas al año y buscan ideas en Instagram y en las reseñas.",
      demographics: "28-45 años, pareja urbana, reserva con 2-6 semanas de antelación",
      goals: ["Un sitio especial que merezca el viaje", "Planificar fácil con buenos consejos locales"],
      painPoints: ["Sitios que decepcionan frente a las fotos", "Costes ocultos"],
      objections: ["Opciones más baratas cerca", "Dudas sobre disponibilidad o condiciones de cancelación"],
      quote: "Si las reseñas son buenas y reservar directo tiene premio, reservamos directo.",
    },
    {
      name: "La familia Müller",
      summary: "Reservan unas vacaciones largas al año e investigan bien el espacio y las actividades.",
      demographics: "35-50 años, padres con hijos, reservan con 2-4 meses de antelación",
      goals: ["Vacaciones sin estrés para todos", "Buena relación calidad-precio para una familia"],
      painPoints: ["Falta de información para familias", "Habitaciones demasiado pequeñas"],
      objections: ["El precio para toda la familia", "La distancia a las actividades"],
      quote: "Dinos exactamente qué hay para los niños y reservamos la semana.",
    },
  ],
  positioning: {
    need: "quieren una estancia o experiencia personal, no empaquetada",
    benefit: "ofrece {offer} con carácter, conocimiento local y una bienvenida personal",
    reason: "lo llevan personas que viven aquí y conocen la zona como nadie",
    promise: "Una bienvenida personal y experiencias locales de las que hablarás mucho tiempo.",
  },
  messages: [
    "Reserva directo: mejor precio y un detalle de bienvenida",
    "Consejos locales de quien vive aquí",
    "Nuestros huéspedes nos valoran muy bien: descubre por qué",
  ],
  mix: {
    product: "{offer}, con paquetes que combinan la estancia con experiencias locales y temáticas de temporada.",
    price:
      "Precios dinámicos según temporada y demanda; mejor tarifa y un detalle por reserva directa; estancias mínimas en temporada alta.",
    place: "Web propia con motor de reservas, plataformas para ganar alcance y alianzas con atracciones locales.",
    people: "Un equipo de atención que responde rápido, comparte consejos locales y personaliza cada estancia.",
    process: "Respuestas rápidas, email previo a la llegada con consejos, llegada ágil y petición de reseña tras la salida.",
    physicalEvidence:
      "Fotos profesionales, reseñas de huéspedes, instalaciones cuidadas y detalles de bienvenida que la gente fotografía.",
  },
  risks: [
    {
      risk: "La ocupación cae en temporada baja y los costes fijos siguen",
      mitigation: "Planificar con tiempo paquetes de temporada baja para grupos, retiros y teletrabajadores",
      contingency: "Lanzar una oferta dirigida a antiguos huéspedes y socios para las semanas más flojas",
    },
    {
      risk: "Una plataforma cambia su posicionamiento o su comisión y caen las reservas",
      mitigation: "Hacer crecer cada mes las reservas directas y la lista de email de huéspedes",
      contingency: "Escribir a antiguos huéspedes con una oferta de reserva directa y subir la inversión en buscadores",
    },
  ],
  topics: [
    "Guía local: tres planes cerca de {name} esta temporada",
    "Cómo es una estancia o un tour con {name}",
    "La historia del huésped del mes",
    "Ventaja por reserva directa: por qué compensa reservar con nosotros",
    "Oferta de reencuentro para antiguos huéspedes",
    "Resumen de fotos y reseñas de huéspedes",
  ],
  questions: [
    "¿Cuál es hoy tu ocupación y tu cuota de reservas directas por temporada?",
    "¿Cuál es tu precio medio por noche o por entrada, y qué comisión se llevan las plataformas?",
  ],
} satisfies IndustryCopy;
