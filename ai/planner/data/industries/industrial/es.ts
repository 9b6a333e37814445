import type { IndustryCopy } from "../../../i18n/types";

export const es = {
  label: "industria B2B",
  kinds: {
    manufacturing: { noun: "fabricante", a: "un fabricante", the: "el fabricante" },
    supplies: { noun: "proveedor industrial", a: "un proveedor industrial", the: "el proveedor industrial" },
  },
  customers: "compradores",
  offer: "productos industriales",
  team: "Ingenieros comerciales",
  b2bAngle: "acuerdos marco con plantas más grandes",
  overview:
    "Compradores e ingenieros industriales buscan online, descargan fichas técnicas y comparan proveedores mucho antes de pedir presupuesto. Las relaciones siguen cerrando acuerdos, pero la fiabilidad, los plazos, las certificaciones y las respuestas técnicas deciden quién entra en la lista corta.",
  trends: [
    "Los compradores investigan casi todo online y esperan fichas técnicas, archivos CAD y precios",
    "Las disrupciones en la cadena de suministro hacen más atractivos a los proveedores fiables y cercanos",
    "La sostenibilidad y las certificaciones pesan cada vez más en las licitaciones",
  ],
  competitors: [
    {
      name: "Proveedores extranjeros de bajo coste",
      strengths: "Precio unitario bajo y gran capacidad",
      weaknesses: "Plazos largos, calidad variable y problemas de comunicación",
      edge: "{name} ofrece plazos cortos, calidad constante e ingenieros que responden",
    },
    {
      name: "Grandes proveedores nacionales consolidados",
      strengths: "Relaciones asentadas, catálogos amplios y certificaciones",
      weaknesses: "Lentos en trabajos a medida y pedidos pequeños",
      edge: "Flexibilidad en especificaciones a medida y lotes más pequeños",
    },
    {
      name: "Producción propia del cliente",
      strengths: "Control total",
      weaknesses: "Requiere mucha inversión y distrae del negocio principal",
      edge: "Menor coste total y capacidad bajo demanda",
    },
  ],
  swot: {
    strengths: ["Conocimiento técnico y trayectoria de calidad", "Relaciones largas con clientes"],
    weaknesses: ["Poca visibilidad online fuera de los clientes actuales", "Ventas que dependen de pocas personas y cuentas"],
    opportunities: [
      "Contenido técnico y fichas que capten la demanda de búsqueda",
      "Relocalización y diversificación de proveedores de los grandes compradores",
      "Ferias y asociaciones para conseguir cuentas nuevas",
    ],
    threats: ["Presión de precios de las importaciones de bajo coste", "Vaivenes en el coste de materias primas y energía"],
  },
  segments: [
    {
      name: "Responsables de compras",
      description: "Compradores de fabricantes que adquieren {offer} y gestionan el riesgo de proveedores",
      needs: ["Entregas fiables y precios claros", "Certificaciones y documentación"],
    },
    {
      name: "Ingenieros y prescriptores técnicos",
      description: "Ingenieros que deciden qué piezas o materiales entran en un diseño",
      needs: ["Datos técnicos y muestras", "Respuestas rápidas y competentes"],
    },
    {
      name: "Equipos de mantenimiento y operaciones",
      description: "Equipos de planta que necesitan repuestos y suministros rápido",
      needs: ["Disponibilidad y entrega rápida", "Reposición sencilla"],
    },
  ],
  personas: [
    {
      name: "Tomás, el responsable de compras",
      summary: "Gestiona una cartera de proveedores y se le mide por coste, fiabilidad y riesgo.",
      demographics: "35-55 años, responsable de compras en un fabricante mediano",
      goals: ["Suministro fiable a un coste total justo", "Menos problemas con proveedores"],
      painPoints: ["Retrasos que paran la producción", "Presupuestos que tardan en llegar"],
      objections: ["Cambiar de proveedor exige homologación", "¿Puede un proveedor pequeño con nuestro volumen?"],
      quote: "Dame un presupuesto en 24 horas y entrega cuando prometes, y hablaremos de volumen.",
    },
    {
      name: "Carmen, la ingeniera de diseño",
      summary: "Especifica componentes para productos nuevos y necesita respuestas técnicas rápidas.",
      demographics: "28-50 años, ingeniera mecánica o de procesos",
      goals: ["Encontrar piezas que cumplan especificación y coste", "Evitar rediseños al final del proyecto"],
      painPoints: ["Datos técnicos que faltan", "Comerciales que no saben responder preguntas técnicas"],
      objections: ["Proveedor desconocido, sin historial con nosotros", "Plazos de las muestras"],
      quote: "Mándame la ficha técnica y una muestra, y en una semana te digo algo.",
    },
  ],
  positioning: {
    need: "necesitan suministro fiable y respuestas técnicas rápidas",
    benefit: "entrega {offer} a tiempo, según especificación, con ingenieros que cogen el teléfono",
    reason: "combina calidad certificada con plazos cortos y soporte técnico directo",
    promise: "Según especificación, a tiempo y con ingenieros que responden.",
  },
  messages: ["Presupuestos en 24 horas", "Calidad certificada, plazos cortos", "Habla directamente con un ingeniero"],
  mix: {
    product: "{offer}, con documentación técnica completa, certificaciones, muestras y opciones a medida.",
    price:
      "Escalas por volumen y acuerdos marco; presupuestos en 24 horas; argumentos de coste total por encima del precio unitario.",
    place: "Venta directa, web propia con formulario de presupuesto y descargas técnicas, distribuidores y directorios B2B.",
  },
  risks: [
    {
      risk: "Los ciclos de venta largos hacen difícil ver los resultados del marketing",
      mitigation: "Registrar en el CRM los contactos y presupuestos por origen desde el primer día",
      contingency: "Informar cada mes del valor del embudo y de las solicitudes de presupuesto, no solo de los cierres",
    },
    {
      risk: "Un gran cliente reduce sus pedidos",
      mitigation: "Ganar cinco cuentas medianas nuevas para repartir el riesgo",
      contingency: "Intensificar la prospección sobre las 50 cuentas objetivo principales",
    },
  ],
  topics: [
    "Caso de aplicación: cómo usa un cliente {offer}",
    "Guía técnica: elegir la especificación adecuada",
    "Actualización de plazos y capacidad",
    "Pide presupuesto: qué necesitamos de ti",
    "Consejos de mantenimiento y reposición para clientes actuales",
    "Caso de cliente con resultados medibles",
  ],
  questions: [
    "¿Cuál es tu pedido medio, tu tasa de presupuestos ganados y tu plazo de entrega habitual?",
    "¿Qué sectores y cuentas son los más rentables para ti?",
  ],
} satisfies IndustryCopy;
