import type { SectionTemplates } from "../en/sections";

/** Plantillas en español: de los objetivos a los supuestos. */
export const esSections: SectionTemplates = {
  objectives: {
    customBaseline: "Punto de partida de {thing}: se supone cero; sustitúyelo por tu dato",
    title: "{kpi}: de {baseline} a {target} en {days} días",
    titleAlt: "Llevar {kpi} de {baseline} a {target} en {days} días",
    rationaleGoal: "Fijaste este objetivo, y {kpi} es la forma más clara de medirlo.",
    rationaleDefault: "{kpi} es la primera señal de que el trabajo en {proven} está llegando a {segment}.",
    statedTarget: "La meta es la cifra que indicaste.",
    estimatedTarget:
      "Punto de partida y meta son referencias del sector para {kindA} en {stage}; sustitúyelas por tus propios datos en la primera semana.",
    extraGoals: "También cubre tus objetivos: {goals}.",
    baselineBasis: "Habitual para {kindA} en {stage}; sustitúyelo por tu propia cifra",
    baselineNew: "Se parte de cero en {stage}",
    targetBasis: "Mejora de referencia para un plan enfocado de 90 días",
    horizonBasis: "El ritmo de 90 días extendido a {months} meses",
    statedBasis: "Indicado en tu objetivo",
    scaledBasis: "Según tu objetivo: {goal}",
    growthKpi: "Crecimiento de {kpi}",
    growthBaselineBasis: "El nivel actual es el punto de partida",
  },
  strategy: {
    approach: {
      idea: "Valida la demanda antes de gastar: usa {proven} para crear una lista de espera de {customers}, prueba la oferta y el precio con poco presupuesto y solo entonces escala.",
      launch:
        "Consigue rápido los primeros {customers}: haz que {name} sea fácil de encontrar en {proven}, convierte a cada cliente inicial en una reseña o una recomendación y mantén bajo el gasto en publicidad hasta que el mensaje convierta.",
      growth:
        "Escala lo que ya funciona: pon la mayor parte del presupuesto en {proven}, añade {next} para llegar a más {segment} y prueba un solo experimento a la vez con el resto.",
      established:
        "Defiende y profundiza: mantén a {name} presente con {proven}, recupera a los {customers} que se alejaron y usa {next} para abrir un nuevo segmento sin diluir la marca.",
    },
    local: "El foco es local: primero {region}, donde {name} es fácil de visitar.",
    online: "Cada canal alimenta un único camino medible, del primer clic a la compra.",
    b2b: "Primero los clientes empresa, con {b2bAngle} como oferta de entrada.",
    premium: "Precio, presentación y socios transmiten que estamos en la gama alta del mercado.",
    promotion: "Lidera con {proven}; apoya con {next}; prueba {experimental}. Cada pieza repite un mensaje: {message}",
    premiumPrice:
      "Precio en la parte alta del mercado, explicando por qué: {reason}. Evita descuentos; añade valor (reserva prioritaria, extras, ediciones limitadas).",
    people:
      "{team} que conocen la oferta y a los clientes habituales por su nombre; fórmalos en los tres mensajes clave y en pedir reseñas.",
    process: "Un camino simple y rápido del primer contacto a la compra, con seguimiento tras cada primera visita o pedido.",
    physicalEvidence:
      "Reseñas, fotos de trabajos y clientes reales, y una presencia online cuidada que esté a la altura de la experiencia.",
    funnel: {
      awareness: {
        goal: "Que {audience} {inRegion} sepan que {name} existe",
        metric: "Alcance y visitas al perfil",
        tactic: "Publica con constancia donde {audience} ya pasan su tiempo",
      },
      consideration: {
        goal: "Dar a la gente un motivo para elegir {name} frente a las alternativas",
        metric: "Visitas a la web y consultas",
        tactic: "Muestra pruebas: reseñas, ejemplos de antes y después y respuestas a las objeciones habituales",
      },
      conversion: {
        goal: "Convertir el interés en una primera compra o reserva",
        metric: "Primeras compras o reservas",
        tactic: "Haz que el siguiente paso sea un clic o una llamada, con una oferta clara para la primera vez",
      },
      retention: {
        goal: "Hacer que los {customers} nuevos vuelvan",
        metric: "Tasa de repetición",
        tactic: "Haz seguimiento en 48 horas con un agradecimiento y un motivo para volver",
      },
      advocacy: {
        goal: "Convertir a los {customers} satisfechos en autores de reseñas y recomendaciones",
        metric: "Nuevas reseñas y recomendaciones",
        tactic: "Pide la reseña en el momento de máxima satisfacción y premia las recomendaciones",
      },
    },
  },
  channels: {
    targetBasis: "Estimación para un presupuesto {band}; ajústala tras el primer mes",
    focusTactic: "Haz de {channel} el primer lugar donde aparece cada campaña, con su propio objetivo semanal",
  },
  budget: {
    free: "{free} no cuestan dinero, solo tiempo: tienen tácticas pero ninguna parte del presupuesto.",
    stated: "{budget} al mes es la cantidad que indicaste.",
    estimated:
      "No se indicó presupuesto, así que {budget} al mes es una estimación para {kindA} en {stage}: las pequeñas empresas suelen dedicar al marketing un 7-8 % de sus ingresos, y las que apuestan por crecer, un 12-20 %.",
    changed: "{budget} al mes está {change} los {previous} anteriores.",
    changeDown: "un {percent} % por debajo de",
    changeUp: "un {percent} % por encima de",
    split: "{proven} reciben el 70 %, {next} el 20 % y {experimental} el 10 %: el reparto probado/siguiente/experimental.",
    splitAlt:
      "El 70 % respalda lo que funciona ({proven}), el 20 % desarrolla los siguientes canales ({next}) y el 10 % financia el experimento ({experimental}).",
    tiny: "Con un presupuesto tan pequeño, el plan se concentra en tres canales de bajo coste donde el tiempo importa más que el dinero.",
    large: "Un presupuesto de este tamaño financia canales de pago a una escala que permite comprobar resultados en semanas.",
    cacRange:
      "Captar un cliente suele costar entre {low} y {high} en este sector, así que {budget} al mes debería traer unos {fewest} a {most} clientes nuevos; mide el coste real desde el primer mes.",
    estimateBasis: "Inversión mensual habitual en marketing para {kindA} en {stage}",
    changedBasis: "{change} los {previous} indicados",
    changedEstimateBasis: "{change} la estimación anterior de {previous}",
  },
  roadmap: {
    focus: [
      "Bases: que te encuentren, medir y conseguir reseñas",
      "Impulso: sumar los siguientes canales y lanzar la primera campaña",
      "Optimizar: probar, recortar lo que no funciona y planificar el siguiente trimestre",
    ],
    tracking: {
      title: "Configurar la medición y registrar el punto de partida de cada KPI",
      deliverable: "Un panel de una página con las cifras de la primera semana",
    },
    interviews: {
      title: "Entrevistar a cinco personas del público objetivo ({segment})",
      deliverable: "Notas sobre sus palabras, objeciones y dónde buscan opciones",
    },
    campaign: {
      title: "Lanzar la primera campaña en torno a: {objective}",
      deliverable: "Campaña activa en {channels} con un objetivo semanal",
    },
    reviews: {
      title: "Pedir una reseña o una recomendación a cada cliente satisfecho",
      deliverable: "Una petición escrita, un enlace o código QR y un recuento semanal",
    },
    optimise: {
      title: "Mover presupuesto de la táctica más floja a la más fuerte",
      deliverable: "Un presupuesto reasignado con el motivo por escrito",
    },
    review: {
      title: "Revisión a 90 días frente a los objetivos",
      deliverable: "Resultados, aprendizajes y el plan del siguiente trimestre",
    },
  },
  calendar: {
    extra: [
      "Entre bastidores en {name}",
      "Historia de cliente: por qué eligió {name}",
      "Respondemos una pregunta frecuente sobre {offer}",
      "Oferta del mes para {audience}",
    ],
  },
  kpis: {
    customDefinition: "Cuántos {thing} tienes, contados como dice tu objetivo",
    weekly: "Revisar los indicadores adelantados frente al objetivo y decidir una mejora para la semana",
    monthly:
      "Revisar el gasto frente al presupuesto de {budget} y los resultados de cada canal; mover dinero del canal más flojo al más fuerte",
    quarterly: "Revisar los objetivos, actualizar perfiles y mensajes y fijar la hoja de ruta de los próximos 90 días",
    rangeBasis: "Rango habitual en {industry}: de {low} a {high}; apunta al centro y luego usa tu propia cifra",
    targetBasis: "Meta a 90 días; referencia para {kindA} en {stage}",
  },
  risks: {
    budget: {
      risk: "El presupuesto es demasiado escaso para llegar a {segment} con la frecuencia necesaria",
      mitigation: "Concentrarse en tres canales y en tácticas orgánicas en lugar de dispersarse",
      contingency: "Pausar el canal experimental y pasar su parte al mejor canal probado",
    },
    time: {
      risk: "El plan depende del tiempo del propietario, que desaparece en las semanas de más trabajo",
      mitigation: "Preparar el contenido una vez por semana y tener un colchón de dos semanas de publicaciones",
      contingency: "Reducir a los dos canales probados hasta que baje la carga",
    },
    tracking: {
      risk: "Sin una medición fiable, el presupuesto sigue opiniones en lugar de resultados",
      mitigation: "Configurar enlaces de seguimiento, seguimiento de llamadas o códigos promocionales antes de invertir",
      contingency: "Preguntar a cada cliente nuevo cómo conoció {name} y anotarlo",
    },
    dependency: {
      risk: "Demasiada demanda depende de {channel}; un cambio de comisiones o de algoritmo podría cortarla de la noche a la mañana",
      mitigation: "Recoger el email o el teléfono de cada cliente, con su consentimiento, para que la relación sea tuya",
      contingency: "Pasar presupuesto a canales directos y escribir a la lista con un motivo para volver",
    },
    costs: {
      risk: "El coste de la publicidad sube más rápido que los resultados porque la competencia puja por el mismo público",
      mitigation: "Fijar un coste máximo por adquisición y revisarlo cada semana",
      contingency: "Recortar los conjuntos de anuncios más flojos y destinar el dinero a fidelización y recomendaciones",
    },
  },
  assumptions: {
    industry: "La descripción corresponde a {industry}, en concreto a {kindA}; avísanos si no es así.",
    generic:
      "No se reconoció un sector concreto, así que el plan se basa en tus propias palabras ({offer}) con referencias generales para pequeñas empresas; indica tu sector para afinarlo.",
    model: "El plan trata a {name} como {model}, que llega a sus clientes {reach}.",
    stageStated: "Etapa según la descripción: {stage}.",
    stageAssumed: "No se indicó la etapa, así que el plan supone que {name} ya está en marcha ({stage}).",
    budget: "No se indicó presupuesto; {budget} al mes es una estimación.",
    currency: "Se supone que la moneda es {currency}; cámbiala si vendes en otro mercado.",
    region: "No se indicó la zona, así que la elección de canales supone clientes cerca de {name} u online.",
    audience: "No se indicó un público objetivo, así que el plan empieza por {segment}.",
    timeframe: "No se indicó un plazo, así que el plan cubre {months} meses con unos primeros 90 días detallados.",
    benchmarks: "Las cifras marcadas como estimación son referencias del sector, no tus datos.",
    language:
      "El planificador integrado solo escribe en inglés, español, francés o alemán, así que este plan está en inglés (idioma pedido: {language}).",
    ignored: "Se ignoraron partes de la descripción que parecían instrucciones para una IA.",
    goalsFolded: "Los objetivos a partir del séptimo se integran en el objetivo más cercano.",
    questions: {
      sales: "¿A cuántos clientes atiendes en un mes normal y cuánto vale una compra típica?",
      capacity: "¿Quién se ocupa del marketing en el día a día y cuántas horas a la semana puede dedicarle?",
      budget: "¿Qué presupuesto mensual puedes comprometer para los próximos tres meses?",
      audience: "¿Quiénes son hoy tus mejores clientes y qué tienen en común?",
      region: "¿De dónde vienen la mayoría de tus clientes?",
    },
  },
};
