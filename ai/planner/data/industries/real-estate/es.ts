import type { IndustryCopy } from "../../../i18n/types";

export const es = {
  label: "inmobiliario",
  kinds: {
    agency: { noun: "agencia inmobiliaria", a: "una agencia inmobiliaria", the: "la agencia inmobiliaria" },
    propertyManagement: {
      noun: "empresa de gestión de alquileres",
      a: "una empresa de gestión de alquileres",
      the: "la empresa de gestión",
    },
  },
  customers: "clientes",
  offer: "venta y alquiler de viviendas",
  team: "Agentes",
  b2bAngle: "gestión de carteras para propietarios e inversores",
  overview:
    "Los portales dominan la búsqueda de los compradores, así que las agencias {inRegion} compiten por captar propietarios, que eligen por conocimiento local, ventas visibles, reseñas y la experiencia de valoración. Cada encargo conseguido también hace marketing de la agencia.",
  trends: [
    "Los compradores empiezan en los portales, pero los vendedores eligen agente por reseñas, resultados locales y confianza personal",
    "Los vídeos de visita y una buena fotografía ya se esperan en cada anuncio",
    "Las agencias online e híbridas presionan los honorarios, así que el servicio tiene que ser visiblemente mejor",
  ],
  competitors: [
    {
      name: "Franquicias y cadenas nacionales",
      strengths: "Marca conocida, presupuesto en portales y equipos grandes",
      weaknesses: "Mucha rotación de personal y un trato menos personal",
      edge: "{name} ofrece agentes que conocen cada calle y acompañan al cliente hasta la firma",
    },
    {
      name: "Agencias online e híbridas",
      strengths: "Honorarios fijos bajos y apps cómodas",
      weaknesses: "Sin presencia local; el propietario hace las visitas",
      edge: "Conocimiento local y servicio completo que a menudo consiguen un mejor precio",
    },
    {
      name: "Venta entre particulares",
      strengths: "Sin honorarios",
      weaknesses: "Alcance limitado, negociación floja y riesgos legales",
      edge: "Más alcance, mejor negociación y un proceso seguro",
    },
  ],
  swot: {
    strengths: ["Conocimiento profundo del mercado local", "Relaciones personales y clientes que repiten"],
    weaknesses: [
      "Ingresos que dependen de los ciclos del mercado y de unas pocas operaciones grandes",
      "Marca menos conocida que las cadenas nacionales",
    ],
    opportunities: [
      "Valoraciones gratuitas e informes de mercado que generan contactos de vendedores",
      "Vídeo y redes que muestran el conocimiento de la zona",
      "Alianzas con brókeres hipotecarios, notarías y promotoras",
    ],
    threats: ["Cambios en los tipos de interés que enfrían el mercado", "Presión de honorarios de las agencias online"],
  },
  segments: [
    {
      name: "Propietarios que piensan vender",
      description: "Propietarios que planean mudarse en 6-12 meses y suelen comparar dos o tres agencias",
      needs: ["Una valoración realista", "Confianza en que la agencia conseguirá el mejor precio"],
    },
    {
      name: "Propietarios de pisos en alquiler e inversores",
      description: "Dueños de una o varias viviendas en alquiler que quieren alquilarlas y gestionarlas bien",
      needs: ["Inquilinos fiables y la renta a tiempo", "Una gestión sin preocupaciones"],
    },
    {
      name: "Compradores e inquilinos",
      description: "Personas que buscan en la zona y serán futuros vendedores y prescriptores",
      needs: ["Acceso anticipado a nuevas viviendas", "Consejo honesto sobre la zona"],
    },
  ],
  personas: [
    {
      name: "Elena y Marcos, los que necesitan más espacio",
      summary: "Quieren vender su piso y comprar una casa familiar, y buscan una agencia de confianza para ambas cosas.",
      demographics: "32-45 años, pareja con hijos pequeños, propietarios en la zona",
      goals: ["Vender a buen precio", "Coordinar venta y compra sin sobresaltos"],
      painPoints: ["Agencias que sobrevaloran para conseguir el encargo", "Mala comunicación durante la venta"],
      objections: ["Las agencias online son más baratas", "Ya conocemos a un agente de la zona"],
      quote: "Queremos una valoración honesta y alguien que nos informe cada semana.",
    },
    {
      name: "Raúl, el propietario accidental",
      summary: "Tiene una o dos viviendas en alquiler y quiere que se gestionen sin complicaciones.",
      demographics: "35-60 años, profesional con una a tres viviendas en alquiler",
      goals: ["Ingresos de alquiler estables", "Ninguna llamada de inquilinos a medianoche"],
      painPoints: ["Periodos vacíos entre inquilinos", "Estar al día de la normativa"],
      objections: ["Los honorarios de gestión se comen la rentabilidad", "La agencia anterior no respondía"],
      quote: "Quiero la renta en mi cuenta y ninguna sorpresa.",
    },
  ],
  positioning: {
    need: "quieren el mejor resultado para su vivienda sin estrés",
    benefit: "combina un profundo conocimiento local con una comunicación clara cada semana",
    reason: "sus agentes conocen el mercado calle a calle y acompañan a cada cliente hasta la firma",
    promise: "Expertos locales que consiguen el mejor precio y te mantienen informado en cada paso.",
  },
  messages: [
    "Pide una valoración gratuita y honesta",
    "Conocemos cada calle {inRegion}",
    "Novedades cada semana, del anuncio a la firma",
  ],
  mix: {
    product: "{offer}, con fotografía profesional, vídeos de visita y un plan de marketing claro para cada vivienda.",
    price:
      "Honorarios porcentuales o fijos competitivos, justificados por los resultados; paquetes transparentes para propietarios.",
    place: "Oficina a pie de calle {inRegion}, portales inmobiliarios y web propia.",
    people: "Agentes con perfil local, reseñas y ventas visibles.",
    process: "Valoración en 48 horas, plan de marketing por escrito, informe semanal y checklist hasta la firma.",
    physicalEvidence: "Carteles de venta, dosieres con imagen de marca, casos de viviendas vendidas y reseñas.",
  },
  risks: [
    {
      risk: "El mercado se frena y bajan los encargos",
      mitigation: "Desarrollar la gestión de alquileres para tener ingresos más estables",
      contingency: "Concentrar la inversión en contactos de valoración y antiguos clientes, y recortar extras de portales",
    },
    {
      risk: "Suben las cuotas de los portales mientras los contactos se estancan",
      mitigation: "Construir canales propios: lista de email, SEO y redes",
      contingency: "Negociar el paquete del portal y pasar presupuesto a campañas para vendedores",
    },
  ],
  topics: [
    "Actualización del mercado local: precios y demanda de este mes",
    "Vídeo de visita de una nueva vivienda",
    "Historia de venta: cómo conseguimos el precio pedido",
    "Valoración gratuita: qué esperar",
    "Checklist para propietarios: normativa de este trimestre",
    "Reseña de cliente y agradecimiento por recomendarnos",
  ],
  questions: [
    "¿Cuántos encargos y firmas tienes al mes y cuál es tu comisión media?",
    "¿Cuánto del trabajo es venta y cuánto alquiler, y qué parte quieres hacer crecer?",
  ],
  channelNames: { directories: "Portales inmobiliarios ({platforms})" },
} satisfies IndustryCopy;
