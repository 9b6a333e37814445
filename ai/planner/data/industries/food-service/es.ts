import type { IndustryCopy } from "../../../i18n/types";

export const es = {
  label: "restauración",
  kinds: {
    cafe: { noun: "cafetería", a: "una cafetería", the: "la cafetería" },
    restaurant: { noun: "restaurante", a: "un restaurante", the: "el restaurante" },
    bakery: { noun: "panadería", a: "una panadería", the: "la panadería" },
    foodTruck: { noun: "food truck", a: "un food truck", the: "el food truck" },
  },
  customers: "clientes",
  offer: "comida y bebida frescas",
  team: "Equipo de sala",
  b2bAngle: "catering para oficinas y desayunos de equipo",
  overview:
    "Los negocios de restauración independientes {inRegion} compiten en comodidad, calidad y ambiente. La mayoría de los clientes nuevos mira Google Maps, las fotos y las reseñas antes de la primera visita, y los habituales generan la mayor parte de los ingresos.",
  trends: [
    "Los clientes eligen local en Google Maps, por fotos y estrellas, a menudo minutos antes de ir",
    "Las apps de fidelización y las tarjetas de sellos convierten visitas ocasionales en semanales",
    "Crece la demanda de opciones locales, de temporada y aptas para dietas (veganas, sin gluten)",
  ],
  competitors: [
    {
      name: "Cadenas y franquicias cercanas",
      strengths: "Marca conocida, ubicaciones privilegiadas, apps y programas de fidelización, horarios amplios",
      weaknesses: "Carta y ambiente genéricos, poco trato personal",
      edge: "{name} ofrece una bienvenida personal, comida más fresca y un lugar con carácter propio",
    },
    {
      name: "Otros locales independientes de la zona",
      strengths: "Clientes fieles, reputación local e interiores muy fotogénicos",
      weaknesses: "Horarios a menudo irregulares y poco marketing más allá de las redes",
      edge: "Una especialidad más clara y un sistema de reseñas y fidelización que pocos independientes tienen",
    },
    {
      name: "Apps de reparto y cocinar en casa",
      strengths: "Comodidad: la comida llega al sofá o a la oficina",
      weaknesses: "La comida viaja mal, las comisiones suman y no hay experiencia",
      edge: "Una experiencia por la que merece la pena salir de casa, y comida para llevar en los días con prisa",
    },
  ],
  swot: {
    strengths: [
      "Propietario presente: calidad y servicio pueden ser personales",
      "Carta flexible que puede seguir temporadas y opiniones con rapidez",
    ],
    weaknesses: [
      "La capacidad está limitada por mesas, personal y horario",
      "Los ingresos dependen mucho del tiempo, la temporada y el paso de gente",
    ],
    opportunities: [
      "Desayunos, comidas y catering para oficinas cercanas",
      "Eventos como catas, talleres o aperturas nocturnas para llenar horas flojas",
      "Clientes habituales que se apuntarían hoy a un programa de fidelización o una newsletter",
    ],
    threats: [
      "Subida de materias primas, energía y personal que aprieta los márgenes",
      "Una nueva cadena que abra a pocos minutos a pie",
    ],
  },
  segments: [
    {
      name: "Clientes habituales del barrio",
      description: "Personas que viven o trabajan a menos de diez minutos y pueden incorporar {name} a su rutina",
      needs: ["Calidad constante y una bienvenida amable", "Rapidez en horas punta"],
    },
    {
      name: "Visitantes de fin de semana y ocio",
      description: "Amigos, parejas y familias que buscan un buen sitio donde pasar una o dos horas",
      needs: ["Ambiente y algo que merezca la pena compartir", "Espacio, mesas y reservas fáciles"],
    },
    {
      name: "Empresas cercanas",
      description: "Oficinas y comercios que piden para reuniones, equipos y eventos",
      needs: ["Entrega fiable a la hora acordada", "Pedidos y facturación sencillos"],
    },
  ],
  personas: [
    {
      name: "Maya, la habitual entre semana",
      summary: "Trabaja cerca y quiere que su café o su comida diaria sea rápida, buena y familiar.",
      demographics: "28-40 años, trabaja en oficina o en remoto, vive o trabaja a menos de 10 minutos",
      goals: ["Buena comida o buen café sin desviarse", "Un pequeño capricho diario que se sienta personal"],
      painPoints: ["Colas cuando va con prisa", "Cadenas donde todo sabe igual"],
      objections: ["Algo más caro que la cadena", "No está segura de que esté abierto cuando lo necesita"],
      quote: "Si se saben mi pedido y salgo en cinco minutos, mañana vuelvo.",
    },
    {
      name: "Tomás y Sara, los exploradores de fin de semana",
      summary: "Buscan sitios nuevos los fines de semana y se fían más de las fotos y reseñas que de los anuncios.",
      demographics: "25-45 años, pareja o grupo pequeño, a menos de 30 minutos",
      goals: ["Encontrar un sitio que merezca el viaje", "Algo que fotografiar y recomendar"],
      painPoints: ["Locales que en persona no son como en las fotos", "Esperas largas sin reserva"],
      objections: ["Ya tienen favoritos más cerca de casa", "No saben si estará lleno"],
      quote: "Lo vimos en Instagram y las reseñas eran geniales, así que lo probamos.",
    },
  ],
  positioning: {
    need: "quieren buena comida y bebida cerca, sin conformarse con una cadena",
    benefit: "sirve {offer} que merecen el pequeño desvío, con una bienvenida que se siente personal",
    reason: "todo se prepara con cuidado por personas que conocen a sus clientes habituales",
    promise: "Comida y bebida frescas y bien hechas, y una bienvenida que hace volver.",
  },
  messages: [
    "Hecho al momento, por gente que sabe tu nombre",
    "Tu parada diaria, bien hecha",
    "Ven por la comida, quédate por el ambiente",
  ],
  mix: {
    product:
      "Una carta enfocada en {offer}, con platos estrella que la gente recomienda y especiales de temporada que dan a los habituales un motivo para volver.",
    price:
      "Algo por encima de las cadenas y justificado por la calidad; recompensas de fidelidad en lugar de descuentos; menús o combos a mediodía.",
    place:
      "El propio local {inRegion}, más comida para llevar y, si los márgenes lo permiten, reparto en horas flojas; visible en Google Maps con horarios correctos.",
    people: "Un equipo de sala que saluda a los habituales por su nombre y pide una reseña a los clientes contentos.",
    process: "Servicio rápido en horas punta, pedidos sencillos y una tarjeta o app de fidelización que funcione en caja.",
    physicalEvidence:
      "Interior y fachada limpios y acogedores, buenas fotos en Google e Instagram y reseñas que mencionan la bienvenida.",
  },
  risks: [
    {
      risk: "Una temporada floja o el mal tiempo reducen el paso de gente durante semanas",
      mitigation: "Crear pronto la lista de email y la base de fidelización, y planificar especiales de temporada",
      contingency: "Impulsar comida para llevar, catering y eventos en las semanas flojas",
    },
    {
      risk: "Una calidad o un servicio irregulares generan reseñas negativas",
      mitigation: "Dejar por escrito recetas y estándares de servicio y repasarlos con el equipo cada semana",
      contingency: "Responder en público a cada queja en 24 horas e invitar al cliente a volver",
    },
  ],
  topics: [
    "Conoce al equipo detrás de {name}",
    "Así preparamos nuestro producto estrella: {offer}",
    "Cinco cosas que piden nuestros habituales en {name}",
    "El especial de esta semana y cómo conseguirlo",
    "Rincón de habituales: recompensa de agradecimiento para miembros",
    "Vuestras fotos: las mejores publicaciones de clientes del mes",
  ],
  questions: [
    "¿Cuál es tu ticket medio y cuáles son tus horas más fuertes y más flojas?",
    "¿Cuántas mesas o cubiertos puedes servir en hora punta, y hay margen para crecer en comida para llevar o catering?",
  ],
} satisfies IndustryCopy;
