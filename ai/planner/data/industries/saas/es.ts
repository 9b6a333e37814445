import type { IndustryCopy } from "../../../i18n/types";

export const es = {
  label: "software B2B (SaaS)",
  kinds: { saas: { noun: "empresa SaaS", a: "una empresa SaaS", the: "el producto SaaS" } },
  customers: "clientes",
  offer: "software que ahorra horas a los equipos",
  team: "Equipo de éxito de clientes",
  b2bAngle: "licencias para equipos y para toda la empresa",
  overview:
    "Los compradores B2B investigan solos la mayor parte del proceso: buscan, leen comparativas y reseñas en G2 o Capterra y preguntan a colegas antes de hablar con ventas. Un posicionamiento centrado en un problema doloroso gana a las listas de funcionalidades.",
  trends: [
    "Los compradores esperan una prueba gratuita o una demo interactiva antes de hablar con ventas",
    "Las webs de reseñas y las recomendaciones de colegas pesan más que el contenido del proveedor",
    "Los presupuestos se revisan con lupa, así que un caso de retorno claro acorta los ciclos de venta",
  ],
  competitors: [
    {
      name: "Suites todo en uno consolidadas",
      strengths: "Confianza de marca, muchas funciones y contratos ya firmados con TI",
      weaknesses: "Complejas, caras y lentas para adaptarse a necesidades de nicho",
      edge: "{name} resuelve una tarea mejor, se implanta en días y cuesta menos de mantener",
    },
    {
      name: "Otras startups especializadas",
      strengths: "Producto moderno, precios agresivos y mucho contenido",
      weaknesses: "Soporte escaso y cambios de rumbo frecuentes",
      edge: "Más foco en el cliente objetivo y pruebas de clientes reales",
    },
    {
      name: "Hojas de cálculo y herramientas internas",
      strengths: "Gratis, conocidas y totalmente flexibles",
      weaknesses: "Propensas a errores, lentas y dependientes de una sola persona",
      edge: "Horas ahorradas cada semana y menos errores, con cifras que lo demuestran",
    },
  ],
  swot: {
    strengths: [
      "Producto construido en torno a un problema claro",
      "Fundadores cerca de los clientes y capaces de iterar rápido",
    ],
    weaknesses: ["Poca notoriedad de marca y pocos casos de éxito públicos", "Ciclos de venta largos que tensionan la caja"],
    opportunities: [
      "Integraciones y fichas en marketplaces de socios que traen tráfico cualificado",
      "Páginas de comparativas y alternativas para compradores que ya están buscando",
      "Casos de clientes que se convierten en contenido, anuncios y material de ventas",
    ],
    threats: [
      "Grandes plataformas que añaden una función parecida",
      "Congelación de presupuestos que alarga los ciclos de venta",
    ],
  },
  segments: [
    {
      name: "Responsables de operaciones en empresas de 20-200 personas",
      description: "Mandos que son dueños del proceso que {name} mejora y sufren el problema cada semana",
      needs: ["Implantación rápida sin proyectos de TI", "Pruebas de que ahorra tiempo o dinero"],
    },
    {
      name: "Fundadores y gerentes de equipos pequeños",
      description: "Personas que deciden y compran herramientas ellas mismas y quieren resultados rápidos",
      needs: ["Precios sencillos y una prueba gratuita", "Puesta en marcha rápida"],
    },
    {
      name: "TI y compras en empresas medianas",
      description: "Quienes aprueban seguridad, integraciones y contratos",
      needs: ["Respuestas sobre seguridad y cumplimiento", "Condiciones contractuales claras"],
    },
  ],
  personas: [
    {
      name: "Paula, la responsable de operaciones",
      summary: "Gestiona un proceso sostenido con hojas de cálculo y quiere una herramienta que su equipo use de verdad.",
      demographics: "30-45 años, responsable de operaciones o de equipo en una empresa de 50 personas",
      goals: ["Reducir trabajo manual y errores", "Demostrar a su jefe mejoras medibles"],
      painPoints: ["Herramientas que tardan meses en implantarse", "Datos repartidos en hojas de cálculo"],
      objections: ["No tenemos tiempo para cambiar", "¿Se integrará con lo que ya usamos?"],
      quote: "Si pongo al equipo a usarlo en una semana y enseño las horas ahorradas, es un sí fácil.",
    },
    {
      name: "Álex, el fundador que compra",
      summary: "Dirige una empresa pequeña y compra software con tarjeta tras una prueba corta.",
      demographics: "28-50 años, fundador o director general, 5-30 empleados",
      goals: ["Resolver el problema sin contratar", "Mantener los costes previsibles"],
      painPoints: ["Llamadas comerciales antes de ver el producto", "Precios por usuario que se disparan"],
      objections: ["Otra suscripción más que gestionar", "No sabe si el equipo lo adoptará"],
      quote: "Déjame probarlo yo primero; si funciona, pago.",
    },
  ],
  positioning: {
    need: "pierden horas cada semana en trabajo manual y herramientas dispersas",
    benefit: "pone a los equipos a trabajar en días en lugar de meses, con resultados medibles",
    reason: "está hecho exactamente para esta tarea, no añadido a una suite",
    promise: "Resuelve un problema costoso rápido, y demuéstralo con cifras.",
  },
  messages: [
    "Implantado en días, no en meses",
    "Hecho para equipos como el tuyo, probado por clientes como tú",
    "Mira el tiempo que ahorras desde el primer mes",
  ],
  mix: {
    product:
      "{offer}, con una puesta en marcha que lleva a un equipo a su primer resultado en la primera semana e integraciones con las herramientas que los clientes ya usan.",
    price:
      "Planes transparentes con prueba gratuita; descuento en planes anuales; precio por métrica de valor en lugar de por usuario cuando sea posible.",
    place:
      "Alta autoservicio en la web, con apoyo de ventas para cuentas grandes y fichas en webs de reseñas y marketplaces de integraciones.",
  },
  risks: [
    {
      risk: "Las pruebas se registran pero no se activan: el embudo parece sano y los ingresos no llegan",
      mitigation: "Definir el momento de activación y guiar a cada prueba hasta él con emails y avisos en el producto",
      contingency: "Llamar a cada prueba que se estanque y resolver el principal bloqueo de la puesta en marcha",
    },
    {
      risk: "Un competidor más grande copia la función principal",
      mitigation: "Construir pruebas, integraciones y relaciones con clientes que no se copian rápido",
      contingency: "Publicar una página comparativa y dar a ventas ofertas de cambio de proveedor",
    },
  ],
  topics: [
    "El coste oculto del trabajo manual, y cómo lo elimina {name}",
    "Guía práctica: resolver el problema en cinco pasos",
    "Comparativa: {name} frente a hojas de cálculo y suites",
    "Caso de cliente con cifras de antes y después",
    "Recorrido por una nueva función para clientes actuales",
    "Cliente destacado e invitación a recomendarnos",
  ],
  questions: [
    "¿Cuáles son hoy tu MRR, tu valor medio de contrato, tu conversión de pruebas y tus bajas?",
    "¿Cuánto dura un ciclo de venta típico y quién aprueba la compra?",
  ],
} satisfies IndustryCopy;
