import type { KpiPack } from "../../../i18n/types";

export const esKpis: KpiPack = {
  "google-reviews": {
    name: "Reseñas en Google",
    definition: "Total de reseñas públicas en Google, contadas el día 1 de cada mes",
    unit: "reseñas",
  },
  "weekly-transactions": {
    name: "Ventas semanales",
    definition: "Tickets de venta por semana según la caja o el TPV",
    unit: "ventas/semana",
  },
  "repeat-rate": {
    name: "Tasa de clientes recurrentes",
    definition: "Porcentaje de clientes del mes que ya compraron en los 60 días anteriores",
    unit: "%",
  },
  "conversion-rate": {
    name: "Tasa de conversión",
    definition: "Compras o reservas divididas entre sesiones en la web",
    unit: "%",
  },
  "online-orders": { name: "Pedidos online", definition: "Pedidos realizados a través de la web al mes", unit: "pedidos/mes" },
  "email-subscribers": {
    name: "Suscriptores de email",
    definition: "Suscriptores activos en la lista de email",
    unit: "suscriptores",
  },
  cac: {
    name: "Coste de adquisición de cliente",
    definition: "Inversión en marketing dividida entre clientes nuevos del mismo mes",
    unit: "por cliente",
  },
  roas: {
    name: "Retorno de la inversión publicitaria",
    definition: "Ingresos atribuidos a anuncios divididos entre el gasto en anuncios",
    unit: "x",
  },
  "qualified-leads": {
    name: "Leads cualificados",
    definition: "Consultas que encajan con el cliente objetivo y tienen una necesidad real",
    unit: "leads/mes",
  },
  "demo-bookings": {
    name: "Demos agendadas",
    definition: "Demostraciones del producto agendadas con prospectos cualificados",
    unit: "demos/mes",
  },
  "trial-to-paid": {
    name: "Conversión de prueba a pago",
    definition: "Porcentaje de pruebas o usuarios gratuitos que pasan a pagar",
    unit: "%",
  },
  "monthly-churn": { name: "Bajas mensuales", definition: "Porcentaje de clientes de pago que cancelan en el mes", unit: "%" },
  consultations: {
    name: "Consultas agendadas",
    definition: "Primeras llamadas o consultas agendadas con posibles clientes",
    unit: "consultas/mes",
  },
  "referral-share": {
    name: "Clientes nuevos por recomendación",
    definition: "Clientes nuevos que nombran a quien les recomendó, entre todos los nuevos",
    unit: "%",
  },
  "new-members": { name: "Nuevos socios", definition: "Nuevas cuotas de pago iniciadas en el mes", unit: "socios/mes" },
  "class-fill-rate": {
    name: "Ocupación de las clases",
    definition: "Plazas reservadas divididas entre plazas disponibles",
    unit: "%",
  },
  "rebooking-rate": {
    name: "Tasa de nueva reserva",
    definition: "Clientes que reservan su próxima cita antes de irse",
    unit: "%",
  },
  appointments: { name: "Citas", definition: "Citas realizadas al mes", unit: "citas/mes" },
  enrolments: { name: "Nuevas matrículas", definition: "Nuevos alumnos que pagan un curso o trimestre", unit: "matrículas/mes" },
  "valuation-requests": {
    name: "Solicitudes de valoración",
    definition: "Propietarios que piden una valoración de su vivienda",
    unit: "solicitudes/mes",
  },
  "direct-booking-share": {
    name: "Cuota de reservas directas",
    definition: "Reservas por la web propia o por teléfono sobre el total de reservas",
    unit: "%",
  },
  "occupancy-rate": {
    name: "Tasa de ocupación",
    definition: "Noches o plazas reservadas divididas entre las disponibles",
    unit: "%",
  },
  "new-donors": {
    name: "Nuevos donantes",
    definition: "Personas u organizaciones que donan por primera vez",
    unit: "donantes/mes",
  },
  "recurring-donors": { name: "Donantes recurrentes", definition: "Donantes mensuales o periódicos activos", unit: "donantes" },
  "quote-requests": {
    name: "Solicitudes de presupuesto",
    definition: "Peticiones de presupuesto de posibles clientes",
    unit: "solicitudes/mes",
  },
  "quote-win-rate": {
    name: "Tasa de presupuestos ganados",
    definition: "Presupuestos o propuestas aceptados entre los enviados",
    unit: "%",
  },
  "jobs-booked": { name: "Trabajos contratados", definition: "Trabajos confirmados en la agenda al mes", unit: "trabajos/mes" },
  "app-installs": {
    name: "Instalaciones de la app",
    definition: "Nuevas instalaciones en las tiendas de apps",
    unit: "instalaciones/mes",
  },
  "day30-retention": {
    name: "Retención a 30 días",
    definition: "Porcentaje de usuarios nuevos activos 30 días después de instalar",
    unit: "%",
  },
  "store-rating": { name: "Valoración en las tiendas", definition: "Valoración media en las tiendas de apps", unit: "estrellas" },
  "engagement-rate": {
    name: "Tasa de interacción en redes",
    definition: "Me gusta, comentarios, compartidos y guardados divididos entre el alcance",
    unit: "%",
  },
  "website-visitors": { name: "Visitantes de la web", definition: "Visitantes únicos de la web al mes", unit: "visitantes/mes" },
  "social-followers": { name: "Seguidores en redes", definition: "Seguidores en la cuenta social principal", unit: "seguidores" },
  "monthly-reach": {
    name: "Alcance mensual",
    definition: "Personas alcanzadas en redes, buscadores y fichas locales",
    unit: "personas/mes",
  },
  revenue: {
    name: "Ingresos mensuales",
    definition: "Ingresos del mes comparados con el mes anterior al inicio del plan",
    unit: "%",
  },
};
