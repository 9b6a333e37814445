import type { CoreTemplates } from "../en/core";

/** Plantillas en español: etiquetas y primera mitad del plan. */
export const esCore: CoreTemplates = {
  locale: "es",
  and: "y",
  fallbackName: "Tu negocio",
  planTitle: "{name}: plan de marketing",
  planTitleOffer: "{headline} {inRegion}: plan de marketing",
  inRegion: "en {region}",
  inYourArea: "en tu zona",
  online: "online",
  yourArea: "tu zona",
  models: {
    B2C: "un negocio que vende a consumidores (B2C)",
    B2B: "un negocio que vende a otras empresas (B2B)",
    B2B2C: "un negocio que llega a consumidores a través de empresas socias (B2B2C)",
    D2C: "una marca que vende directamente al consumidor (D2C)",
    marketplace: "un marketplace que conecta compradores y vendedores",
    nonprofit: "una organización sin ánimo de lucro",
  },
  stages: { idea: "fase de idea", launch: "fase de lanzamiento", growth: "fase de crecimiento", established: "fase de madurez" },
  bands: { tiny: "muy pequeño", small: "pequeño", medium: "mediano", large: "grande", huge: "muy grande" },
  roles: {
    owner: "Propietario/a",
    marketing: "Responsable de marketing",
    sales: "Responsable de ventas",
    content: "Creador/a de contenido",
  },
  summary: {
    introUnnamed: "{name} {inRegion} ofrece {offer} a {audience}.",
    introOwn: "{name} {inRegion} atiende a {audience}.",
    intro: [
      "{name} es {kindA} {inRegion} que ofrece {offer} para {audience}.",
      "{name} vende {offer} a {audience} {inRegion}, y este plan lo trata como {kindA} en {stage}.",
    ],
    focus:
      "Durante {months} meses el plan prioriza a {segment} y arranca con un impulso de 90 días cuyo primer objetivo es: {objective}.",
    channels:
      "Se apoya en {proven}, desarrolla {next} y prueba {experimental}, con {budget} al mes repartidos 70/20/10 entre canales probados, siguientes y experimentales.",
    budgetStated: "El presupuesto es el que indicaste: {budget} al mes.",
    budgetEstimated: "No se indicó presupuesto, así que {budget} al mes es una estimación que conviene confirmar.",
    premium: "Todo, del precio a las fotos, sitúa a {name} en el segmento premium de su mercado.",
    b2b: "Primero los clientes empresa: {b2bAngle} es el camino más rápido hacia ingresos estables.",
    closing: [
      "Revisa las cifras cada semana y sustituye cada dato marcado como estimación por tus propios datos tras el primer mes.",
      "Compara los KPI con sus objetivos cada semana; a las cuatro semanas, cambia las estimaciones por lo que hayas medido.",
    ],
  },
  situation: {
    namedStrengths: "Ya conocido por {audience} {inRegion}, con clientela y hábitos consolidados",
    namedWeaknesses: "Lo has nombrado tú; completa sus puntos débiles con lo que cuentan los clientes que cambiaron",
    namedEdge: "{name} gana con {offer} y un trato personal que un nombre más grande no puede copiar",
    quote: 'En palabras del propietario: "{quote}"',
    summary: "{name} es {kindA} {inRegion} que atiende a {audience}; el plan lo trata como {model} en {stage}.",
    summaryUnnamed: "{name} {inRegion} atiende a {audience}; el plan lo trata como {model} en {stage}.",
    reachLocal:
      "La mayoría de los {customers} vienen de cerca de {region}, así que la búsqueda local, las reseñas y el boca a boca son lo que más pesa.",
    reachOnline:
      "Vender online significa competir por la atención mucho más allá de una ciudad, así que la visibilidad en buscadores, la prueba social y un camino de compra sencillo son lo que más pesa.",
    strengthOffer: "Una oferta concreta que los clientes pueden repetir: {offer}",
    strengthTerms: "Detalles distintivos sobre los que construir mensajes: {terms}",
    strengthAudience: "Un público claramente definido: {audience}",
    weaknessNew: "Aún sin reseñas, historial ni base de clientes, así que cada cliente inicial cuenta",
    weaknessBudget:
      "Un presupuesto pequeño deja poco margen para publicidad de pago, así que el tiempo y la constancia deben hacer el trabajo",
    threatCompetitor: "Competencia de {rival}: puede copiar la oferta o invertir más que {name} en visibilidad",
  },
  audience: {
    personaAudience: "Es parte del público que indicaste: {audience}.",
    statedDescription: "El público que indicaste: {audience}. {detail}",
    b2bName: "Empresas que compran {b2bAngle}",
    b2bDescription:
      "Empresas, oficinas y organizaciones locales que compran {b2bAngle} en pedidos más grandes y recurrentes, y que deciden tanto por fiabilidad y facturación como por gusto.",
    b2bNeeds: ["Entregas fiables en las fechas acordadas, con factura y condiciones claras", "Un contacto que responda rápido"],
    enterpriseName: "Cuentas grandes con un comprador dedicado",
    enterpriseDescription:
      "Organizaciones con un responsable de compras u operaciones que adquieren {offer} para varios equipos o sedes y esperan referencias, respuestas sobre seguridad y un caso de negocio claro.",
    enterpriseNeeds: ["Un caso de negocio que puedan reenviar internamente", "Pruebas de organizaciones similares"],
    rationaleStated:
      "Este público lo nombraste tú: son quienes más probablemente {need}; empezar por aquí mantiene enfocados el mensaje, los canales y el presupuesto.",
    rationale:
      "Empieza por {segment}: {need}, y {proven} pueden llegar a ellos dentro del presupuesto. Los demás segmentos vendrán cuando este convierta.",
    b2bPersona: {
      name: "Dana, la responsable de oficina",
      summary: "Gestiona instalaciones y proveedores para un equipo de 20 a 80 personas y es quien contrata {b2bAngle}.",
      demographics: "30-50 años, responsable de oficina u operaciones, con sede {inRegion}",
      goals: ["Encontrar un proveedor al que no tenga que perseguir", "Mantener contento al equipo sin salirse del presupuesto"],
      painPoints: ["Proveedores que no cumplen fechas o envían la factura equivocada", "Perder tiempo comparando presupuestos"],
      objections: ["¿Puede un negocio de este tamaño con nuestro volumen?", "Ya tenemos un proveedor que cumple"],
      quote: "Si sois fiables y fáciles de facturar, repetiremos el pedido.",
    },
  },
  positioning: {
    statementOwn: "Para {audience} que {need}, {name} {benefit}, porque {reason}.",
    statementOwnPremium: "Para {audience} que {need} y están dispuestos a pagar por lo mejor, {name} {benefit}, porque {reason}.",
    statement: "Para {audience} que {need}, {name} es {kindThe} que {benefit}, porque {reason}.",
    statementPremium:
      "Para {audience} que {need} y están dispuestos a pagar por lo mejor, {name} es {kindThe} que {benefit}, porque {reason}.",
    valueProposition: "{promise}",
    valueOffer: "Para {audience}, eso significa {offer}.",
    premiumPromise: "Premium en cada detalle, y vale lo que cuesta.",
    messageTerms: "Conocidos por {terms}",
  },
  voice: {
    friendly: {
      traits: ["Cercano", "Acogedor", "Natural"],
      do: [
        "Escribe como hablarías con un cliente habitual: frases cortas, nombres de pila",
        "Muestra a las personas detrás de {name}",
        "Responde a cada comentario y reseña en menos de un día",
      ],
      dont: ["Jerga corporativa o frases rígidas", "Gritar descuentos o urgencias falsas"],
    },
    premium: {
      traits: ["Refinado", "Seguro", "Atento"],
      do: [
        "Deja que el oficio y el detalle transmitan el mensaje",
        "Usa menos fotos, pero mejores y con un estilo coherente",
        "Nombra ingredientes, materiales y métodos con precisión",
      ],
      dont: ["Los descuentos como gancho principal", "Exclamaciones, jerga o imágenes recargadas"],
    },
    expert: {
      traits: ["Claro", "Creíble", "Útil"],
      do: [
        "Empieza por el problema del lector y luego da la respuesta",
        "Respalda cada afirmación con cifras, ejemplos o referencias",
        "Explica los términos en lenguaje sencillo",
      ],
      dont: ["Palabras infladas como 'revolucionario' o 'líder del sector'", "Párrafos largos sin una idea clara"],
    },
    bold: {
      traits: ["Audaz", "Divertido", "Directo"],
      do: [
        "Abre con un gancho en la primera línea o el primer segundo",
        "Ten un punto de vista y dilo sin rodeos",
        "Usa un humor que encaje con {audience}",
      ],
      dont: ["Copiar tendencias que no encajan con {name}", "Promesas vagas que cualquier competidor podría hacer"],
    },
    caring: {
      traits: ["Cálido", "Paciente", "Alentador"],
      do: [
        "Describe resultados de personas reales, con su consentimiento",
        "Haz que el siguiente paso sea pequeño y claro",
        "Da las gracias a menudo y de forma concreta",
      ],
      dont: ["Culpa, presión o tácticas de choque", "Jerga que hace sentir fuera a quien llega nuevo"],
    },
  },
  toneWords: {
    premium: ["premium", "lujo", "lujoso", "elegante", "sofisticado", "refinado", "exclusivo"],
    expert: ["profesional", "experto", "serio", "formal", "riguroso", "fiable", "técnico"],
    bold: ["audaz", "divertido", "atrevido", "desenfadado", "ingenioso", "enérgico", "irreverente"],
    caring: ["cálido", "empático", "amable", "cercano y cálido", "comprensivo", "tranquilizador"],
    friendly: ["cercano", "amigable", "informal", "acogedor", "simpático", "natural"],
  },
};
