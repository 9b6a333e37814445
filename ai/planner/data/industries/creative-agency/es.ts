import type { IndustryCopy } from "../../../i18n/types";

export const es = {
  label: "agencia creativa",
  kinds: {
    design: { noun: "estudio de diseño", a: "un estudio de diseño", the: "el estudio de diseño" },
    marketing: { noun: "agencia de marketing", a: "una agencia de marketing", the: "la agencia de marketing" },
    video: { noun: "productora audiovisual", a: "una productora audiovisual", the: "la productora" },
  },
  customers: "clientes",
  offer: "servicios creativos",
  team: "Jefes de proyecto",
  b2bAngle: "igualas para equipos de marketing internos",
  overview:
    "Los clientes contratan agencias por portfolio, recomendaciones y química. La mayoría del negocio nuevo llega por recomendación y por una especialización clara; las agencias generalistas compiten en precio con freelancers y, cada vez más, con herramientas de IA.",
  trends: [
    "Los clientes quieren especialistas con pruebas en su sector en lugar de generalistas",
    "Las herramientas de IA abaratan la producción sencilla, así que el valor está en la estrategia y la calidad",
    "Las igualas y los servicios empaquetados sustituyen a los proyectos puntuales",
  ],
  competitors: [
    {
      name: "Grandes agencias de servicio completo",
      strengths: "Clientes de renombre, capacidades amplias y premios",
      weaknesses: "Caras, lentas y con equipos junior en las cuentas pequeñas",
      edge: "{name} ofrece atención senior, rapidez y un alcance cerrado",
    },
    {
      name: "Freelancers y plataformas",
      strengths: "Bajo coste y flexibilidad",
      weaknesses: "Capacidad limitada, sin estrategia, fiabilidad variable",
      edge: "Un equipo fiable con proceso y pensamiento estratégico",
    },
    {
      name: "Equipos internos y herramientas de IA",
      strengths: "Cerca del negocio y baratos para trabajos sencillos",
      weaknesses: "Habilidades limitadas y poca mirada externa",
      edge: "Calidad especializada e ideas para las que el equipo interno no tiene tiempo",
    },
  ],
  swot: {
    strengths: ["Portfolio sólido y talento creativo", "Relación cercana con los clientes actuales"],
    weaknesses: [
      "Flujo de proyectos irregular que depende de recomendaciones",
      "Tiempo de los fundadores repartido entre producción y ventas",
    ],
    opportunities: [
      "Un nicho claro (sector o servicio) que facilite las recomendaciones",
      "Paquetes cerrados e igualas para tener ingresos previsibles",
      "Alianzas con agencias y plataformas complementarias",
    ],
    threats: [
      "Presión de precios de freelancers y herramientas de IA",
      "Recortes de presupuesto de los clientes en épocas difíciles",
    ],
  },
  segments: [
    {
      name: "Responsables de marketing de empresas en crecimiento",
      description: "Directores de marketing de empresas de 20-200 personas con más trabajo que equipo",
      needs: ["Un socio fiable que entienda la marca", "Trabajo que mueva los números del negocio"],
    },
    {
      name: "Fundadores y dueños de pequeñas empresas",
      description: "Dueños que necesitan {offer} para parecer profesionales y ganar clientes",
      needs: ["Alcance y precio claros", "Orientación, no solo ejecución"],
    },
    {
      name: "Otras agencias y equipos internos",
      description: "Equipos que externalizan picos de trabajo o tareas especializadas",
      needs: ["Entregas rápidas", "Fiabilidad en marca blanca"],
    },
  ],
  personas: [
    {
      name: "Lucía, la responsable de marketing desbordada",
      summary: "Dirige un equipo de marketing pequeño con objetivos grandes y necesita un socio al que confiar la marca.",
      demographics: "30-45 años, directora de marketing en una empresa en crecimiento",
      goals: ["Lanzar campañas que cumplan objetivos", "Quedar bien ante la dirección"],
      painPoints: ["Agencias que no entienden el briefing", "Rondas de cambios interminables"],
      objections: ["Tuvimos una mala experiencia con una agencia", "La aprobación del presupuesto lleva tiempo"],
      quote: "Necesito un socio que acierte a la primera y me haga quedar bien.",
    },
    {
      name: "Marco, el fundador",
      summary: "Dirige una empresa en crecimiento y sabe que su marca o su marketing ya no están a la altura del producto.",
      demographics: "30-55 años, fundador de una empresa de 5-50 personas",
      goals: ["Parecer tan profesional como competidores más grandes", "Ganar más clientes"],
      painPoints: ["No saber qué es un buen resultado", "Precios poco claros"],
      objections: ["¿Merece la pena la inversión?", "¿Cuánto tardará?"],
      quote: "Dime cuánto cuesta, qué voy a recibir y enséñame que ya lo has hecho antes.",
    },
  ],
  positioning: {
    need: "necesitan {offer} que muevan los números del negocio, no solo que queden bonitos",
    benefit: "ofrece {offer} con estrategia senior y un alcance claro",
    reason: "se especializa en clientes como ellos y mide resultados, no solo entregables",
    promise: "Trabajo creativo que luce y mueve los números, con personas senior en cada proyecto.",
  },
  messages: [
    "Personas senior en cada proyecto",
    "Alcance claro, precio cerrado, sin sorpresas",
    "Mira los resultados que logramos para clientes como tú",
  ],
  mix: {
    product: "{offer}, empaquetados en servicios definidos e igualas, con una oferta de entrada como un taller o una auditoría.",
    price:
      "Paquetes a precio cerrado e igualas mensuales; tarifa por día solo para trabajos abiertos; fase de descubrimiento de pago en proyectos grandes.",
    place: "Trabajo principalmente en remoto con talleres presenciales cuando importa; la web y el portfolio como escaparate.",
    people: "Perfiles senior visibles en la web y en cada propuesta; un jefe de proyecto asignado a cada cliente.",
    process:
      "Llamada inicial, propuesta por escrito en tres días, taller de arranque, rondas de revisión acordadas e informe de resultados.",
    physicalEvidence: "Casos con resultados, portfolio, logos de clientes, testimonios y premios.",
  },
  risks: [
    {
      risk: "La producción se come el tiempo necesario para captar negocio",
      mitigation: "Reservar tiempo semanal para desarrollo de negocio y publicar con un calendario fijo",
      contingency: "Priorizar recomendaciones y antiguos clientes cuando el embudo se vacía",
    },
    {
      risk: "Un gran cliente supone demasiada parte de la facturación",
      mitigation: "Procurar que ningún cliente supere el 25 % de la facturación",
      contingency: "Lanzar de inmediato la prospección a la lista objetivo y las ofertas empaquetadas",
    },
  ],
  topics: [
    "Caso de éxito: el briefing, el trabajo, el resultado",
    "Nuestra opinión sobre una tendencia del sector",
    "Entre bastidores de un proyecto en {name}",
    "Paquete cerrado explicado: alcance, plazos y precio",
    "Newsletter para clientes: ideas para el próximo trimestre",
    "Testimonio de cliente y agradecimiento por recomendarnos",
  ],
  questions: [
    "¿Cuál es el valor medio de tus proyectos o igualas, y cuántos clientes nuevos puedes asumir por trimestre?",
    "¿Qué sectores y servicios te traen los mejores clientes y márgenes?",
  ],
} satisfies IndustryCopy;
