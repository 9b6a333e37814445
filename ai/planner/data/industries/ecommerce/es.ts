import type { IndustryCopy } from "../../../i18n/types";

export const es = {
  label: "comercio electrónico y venta directa (D2C)",
  kinds: {
    onlineStore: { noun: "tienda online", a: "una tienda online", the: "la tienda online" },
    d2cBrand: { noun: "marca de venta directa", a: "una marca de venta directa", the: "la marca de venta directa" },
    retailShop: { noun: "tienda independiente", a: "una tienda independiente", the: "la tienda independiente" },
  },
  customers: "compradores",
  offer: "productos bien hechos",
  team: "Equipo de atención al cliente",
  b2bAngle: "pedidos mayoristas y regalos de empresa",
  overview:
    "El comercio online está saturado y el tráfico de pago no deja de encarecerse, así que las marcas independientes ganan con un nicho claro, buenas fotos de producto y reseñas, y compras repetidas desde su propia lista de email en lugar de ventas puntuales impulsadas por anuncios.",
  trends: [
    "El coste de captación en Meta y Google sigue subiendo, así que la fidelización y el email sostienen más beneficio",
    "Los compradores descubren productos en TikTok e Instagram y leen reseñas antes de comprar",
    "Marketplaces como Amazon fijan la expectativa de envíos rápidos y gratuitos y devoluciones fáciles",
  ],
  competitors: [
    {
      name: "Amazon y las grandes superficies",
      strengths: "Surtido enorme, entrega rápida, precios bajos y pago de confianza",
      weaknesses: "Sin historia, sin selección y poco cuidado por el nicho",
      edge: "{name} ofrece una selección cuidada, una historia que importa y atención personal",
    },
    {
      name: "Otras marcas independientes del nicho",
      strengths: "Productos similares, buena presencia en redes y seguidores fieles",
      weaknesses: "Suelen depender de un solo canal y competir con descuentos",
      edge: "Un punto de vista más nítido y un sistema de reseñas, email y recompra",
    },
    {
      name: "Imitaciones sin marca",
      strengths: "Más baratas y presentes en todos los marketplaces y anuncios",
      weaknesses: "Calidad irregular, envíos lentos, sin soporte",
      edge: "Calidad probada, materiales honestos y atención real al cliente",
    },
  ],
  swot: {
    strengths: [
      "Relación directa con los clientes y con sus datos",
      "Capacidad de lanzar productos y probar ofertas con rapidez",
    ],
    weaknesses: ["Dependencia de un tráfico de pago cada vez más caro", "Poca notoriedad fuera de los seguidores actuales"],
    opportunities: [
      "Packs y suscripciones que suben el ticket medio y la recompra",
      "Colaboraciones con creadores y contenido de clientes que sirve también como creatividad publicitaria",
      "Tiendas de regalo o mayoristas que acercan los productos a nuevos compradores",
    ],
    threats: ["Subida de costes publicitarios y cambios en las plataformas", "Copias a menor precio"],
  },
  segments: [
    {
      name: "Entusiastas del nicho",
      description:
        "Personas a las que les importa la categoría e investigan antes de comprar; el núcleo de compradores de {offer}",
      needs: ["Calidad de confianza y detalles sobre cómo se fabrica", "Una marca que comparta sus valores"],
    },
    {
      name: "Compradores de regalos",
      description: "Personas que buscan un regalo con detalle, sobre todo antes de fiestas y ocasiones",
      needs: ["Envoltorio de regalo y entrega en fecha", "Elección fácil con packs y guías"],
    },
    {
      name: "Clientes recurrentes",
      description: "Compradores anteriores que volverían a pedir o probarían novedades si se les recordara",
      needs: ["Repetir pedido fácilmente", "Acceso anticipado y ventajas de fidelidad"],
    },
  ],
  personas: [
    {
      name: "Julia, la compradora consciente",
      summary: "Compra menos pero mejor y sigue a marcas pequeñas en Instagram antes de probarlas.",
      demographics: "25-40 años, profesional urbana, compra online cada semana",
      goals: ["Encontrar productos que valgan lo que cuestan y duren", "Apoyar marcas con valores que comparte"],
      painPoints: ["Productos que en foto parecen mejores que en la realidad", "Envíos lentos y devoluciones complicadas"],
      objections: ["¿Merece la pena pagar más que en Amazon?", "Los gastos de envío al pagar"],
      quote: "Pago un poco más si sé quién lo hace y las reseñas son reales.",
    },
    {
      name: "Marcos, el de los regalos de última hora",
      summary: "Necesita un buen regalo rápido y se fía de reseñas claras y fechas de entrega.",
      demographics: "30-55 años, padre o profesional con poco tiempo, compra regalos online",
      goals: ["Un regalo que se sienta personal", "Entrega a tiempo y sin estrés"],
      painPoints: ["Fechas de entrega poco claras", "Demasiadas opciones"],
      objections: ["¿Llegará a tiempo?", "¿Podré devolverlo si no acierta?"],
      quote: "Dime que llega el viernes y que queda bien en la caja, y lo compro.",
    },
  ],
  positioning: {
    need: "quieren {offer} de confianza sin rebuscar entre interminables imitaciones",
    benefit: "hace que comprar {offer} sea fácil y que recibir el pedido sea un placer",
    reason: "controla el producto, la historia y el servicio de principio a fin",
    promise: "Productos de confianza, enviados rápido, por una marca que responde.",
  },
  messages: [
    "Hecho con cuidado, y te enseñamos cómo",
    "Los clientes lo adoran: lee las reseñas",
    "Envío rápido, devoluciones fáciles, personas reales al otro lado",
  ],
  mix: {
    product:
      "Una gama enfocada en {offer}, con los más vendidos, packs y un producto o variante nueva cada trimestre para que los seguidores tengan motivos para volver.",
    price:
      "Por encima de las alternativas de masas y justificado por la calidad; packs y umbrales de envío gratuito en lugar de descuentos generalizados.",
    place: "Primero la tienda online propia, apoyada por marketplaces para ganar alcance y tiendas o mayoristas seleccionados.",
  },
  risks: [
    {
      risk: "Suben los costes publicitarios y las redes de pago dejan de ser rentables",
      mitigation: "Hacer crecer la lista de email y la recompra para que el beneficio no dependa de los anuncios",
      contingency: "Pasar presupuesto a creadores, SEO y email y cortar los conjuntos de anuncios no rentables",
    },
    {
      risk: "Roturas de stock o retrasos de envío provocan malas reseñas en el peor momento",
      mitigation: "Prever el stock para los picos y mostrar fechas de entrega honestas",
      contingency: "Escribir primero a los clientes afectados, con una fecha clara y un pequeño detalle",
    },
  ],
  topics: [
    "Cómo se hace: {offer} entre bastidores en {name}",
    "Tres formas de usar o combinar nuestro producto más vendido",
    "La reseña de la semana, con palabras del cliente",
    "Pack o guía de regalos con fecha de entrega clara",
    "Consejos de cuidado y recordatorio de recompra para clientes",
    "Unboxing y publicaciones compartidas de clientes",
  ],
  questions: [
    "¿Cuál es tu pedido medio, tu margen bruto y tu tasa de recompra actual?",
    "¿Qué productos se venden mejor hoy y por qué canal?",
  ],
} satisfies IndustryCopy;
