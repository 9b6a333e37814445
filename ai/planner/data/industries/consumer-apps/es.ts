import type { IndustryCopy } from "../../../i18n/types";

export const es = {
  label: "apps de consumo",
  kinds: {
    app: { noun: "app móvil", a: "una app móvil", the: "la app" },
    game: { noun: "juego para móvil", a: "un juego para móvil", the: "el juego" },
  },
  customers: "usuarios",
  offer: "una app móvil",
  team: "Equipo de comunidad y soporte",
  b2bAngle: "suscripciones para equipos o empresas",
  overview:
    "Las tiendas de apps están saturadas y las instalaciones de pago son caras, así que las apps que ganan combinan una ficha de tienda nítida, vídeo social orgánico y una buena retención temprana. La mayoría de los usuarios decide en la primera sesión si se queda con una app.",
  trends: [
    "El vídeo corto impulsa el descubrimiento mucho más que navegar por la tienda",
    "Los cambios de privacidad hacen más difícil y caro segmentar las instalaciones de pago",
    "Las suscripciones premian la retención más que el número bruto de instalaciones",
  ],
  competitors: [
    {
      name: "Líderes de la categoría con grandes presupuestos",
      strengths: "Notoriedad, primeros puestos en las tiendas y grandes presupuestos publicitarios",
      weaknesses: "Funciones infladas y una experiencia genérica",
      edge: "{name} hace una cosa mejor, para un grupo de usuarios bien definido",
    },
    {
      name: "Apps independientes similares",
      strengths: "Iteración rápida y comunidades de nicho",
      weaknesses: "Poco contenido y escaso soporte",
      edge: "Una experiencia pulida y una comunidad activa",
    },
    {
      name: "Alternativas gratuitas o no hacer nada",
      strengths: "Sin coste ni hábito nuevo que crear",
      weaknesses: "El problema sigue sin resolverse",
      edge: "Una primera sesión que muestra el valor en menos de un minuto",
    },
  ],
  swot: {
    strengths: ["Producto centrado en un caso de uso claro", "Capacidad de lanzar y probar rápido"],
    weaknesses: ["Poca notoriedad y pocas valoraciones", "Retención aún no probada a escala"],
    opportunities: [
      "Colaboraciones con creadores y vídeos cortos que muestran la app en uso",
      "Optimización en tienda para búsquedas de alta intención",
      "Bucles de recomendación y opciones para compartir dentro del producto",
    ],
    threats: ["Aumento del coste por instalación", "Cambios en las normas o algoritmos de las tiendas"],
  },
  segments: [
    {
      name: "Early adopters del nicho",
      description: "Usuarios que buscan activamente mejores herramientas o juegos en esta categoría",
      needs: ["Un enfoque nuevo que merezca el cambio", "Una comunidad con la que compartir"],
    },
    {
      name: "Usuarios generales con el problema",
      description: "Personas que necesitan lo que hace {offer} pero no buscan apps",
      needs: ["Valor inmediato y evidente", "Nada que aprender"],
    },
    {
      name: "Usuarios que dejaron la app",
      description: "Personas que la instalaron pero dejaron de usarla",
      needs: ["Un motivo para volver", "Qué hay de nuevo desde que se fueron"],
    },
  ],
  personas: [
    {
      name: "Zoe, la early adopter",
      summary: "Prueba apps nuevas cada semana, sigue a creadores del nicho y comparte lo que le gusta.",
      demographics: "18-34 años, vive en el móvil, activa en TikTok y Reddit",
      goals: ["Encontrar apps que sean mejores de verdad", "Ser la primera en compartir algo bueno"],
      painPoints: ["Apps que piden pagar antes de demostrar su valor", "Anuncios que interrumpen la experiencia"],
      objections: ["¿Otra suscripción?", "¿Seguirá existiendo el año que viene?"],
      quote: "Si es buena en el primer minuto, se lo cuento a todo el mundo.",
    },
    {
      name: "Sam, el usuario práctico",
      summary: "Quiere resolver un problema desde el móvil con el menor esfuerzo posible.",
      demographics: "25-50 años, ocupado, usa unas pocas apps a diario",
      goals: ["Ahorrar tiempo o divertirse sin esfuerzo", "Mantener las cosas simples"],
      painPoints: ["Registros complicados", "Demasiadas notificaciones"],
      objections: ["Ya tengo algo que funciona", "Dudas sobre privacidad"],
      quote: "Que se entienda qué hace y que no me llene de avisos.",
    },
  ],
  positioning: {
    need: "quieren {offer} que merezca un sitio en su pantalla de inicio",
    benefit: "demuestra su valor en el primer minuto y mejora cada semana",
    reason: "está construida en torno a una sola cosa hecha de forma excepcional, con una comunidad que le da forma",
    promise: "Valor en el primer minuto y un motivo para volver cada día.",
  },
  messages: [
    "Pruébala gratis: valor en el primer minuto",
    "A los usuarios les encanta: mira las valoraciones",
    "Novedades cada semana, creadas con nuestra comunidad",
  ],
  mix: {
    product: "{offer}, con una bienvenida que lleva al primer éxito en una sola sesión y actualizaciones periódicas.",
    price:
      "Descarga gratuita con modelo freemium o de prueba; suscripción anual con descuento; compras integradas que nunca bloquean la experiencia principal.",
    place: "App Store y Google Play, con una landing web para compartir y aparecer en buscadores.",
  },
  risks: [
    {
      risk: "Las instalaciones crecen pero los usuarios abandonan en la primera semana",
      mitigation: "Medir la retención a 1 y 7 días y arreglar la bienvenida antes de escalar la inversión",
      contingency: "Pausar las instalaciones de pago y dedicar un sprint a la bienvenida",
    },
    {
      risk: "El coste por instalación supera lo que vale un usuario",
      mitigation: "Fijar un coste máximo por instalación según el valor de vida y revisarlo cada semana",
      contingency: "Pasar presupuesto a creadores, optimización en tienda y recomendaciones",
    },
  ],
  topics: [
    "La app en 15 segundos: el caso de uso principal",
    "Trucos y funciones ocultas que casi nadie conoce",
    "Historia de usuario o récord de la semana",
    "Nueva actualización: qué cambia y por qué",
    "Recompensa de regreso para usuarios inactivos",
    "Reto de la comunidad y recompensa por invitar a un amigo",
  ],
  questions: [
    "¿Cuál es tu retención a 1, 7 y 30 días y tu conversión a pago?",
    "¿Cuánto vale un usuario en un año y cuánto cuestan hoy las instalaciones?",
  ],
} satisfies IndustryCopy;
