import type { IndustryCopy } from "../../../i18n/types";
import { es as generic } from "../generic/es";

/** Words specific to this industry; the rest reads from the owner's own offer through the general copy. */
export const es = {
  ...generic,
  label: "eventos",
  kinds: {
    planning: { noun: "organizador de eventos", a: "un organizador de eventos", the: "el organizador de eventos" },
    hire: {
      noun: "empresa de alquiler para eventos",
      a: "una empresa de alquiler para eventos",
      the: "la empresa de alquiler para eventos",
    },
  },
  customers: "clientes",
  offer: "organización de eventos",
  team: "Equipo de eventos",
  overview:
    "Los eventos se reservan con meses de antelación y casi siempre por confianza: portfolios, reseñas y la rapidez de la primera respuesta deciden.",
  segments: [
    {
      name: "Personas que organizan un evento",
      description: "Parejas y organizadores {inRegion} que buscan {offer} en quien delegar con tranquilidad",
      needs: ["Un equipo que quite el estrés", "Un presupuesto claro y sin sorpresas"],
    },
    generic.segments[1],
    generic.segments[2],
  ],
  personas: [
    {
      name: "Laura, que organiza el gran día",
      summary: "Tiene fecha y presupuesto y quiere {offer} con alguien con experiencia.",
      demographics: "27-40 años, organiza un evento {inRegion}",
      goals: ["Un día que salga bien sin tener que gestionarlo"],
      painPoints: ["Proveedores que desaparecen o añaden costes"],
      objections: ["¿De verdad se ajustará al presupuesto?"],
      quote: "Solo quiero disfrutar y saber que alguien lo tiene controlado.",
    },
    {
      name: "Daniel, el responsable de oficina que organiza la fiesta",
      summary:
        "Organiza la fiesta de verano y la cena de Navidad de la empresa además de su trabajo, y necesita que todo funcione sin él.",
      demographics: "28-50, responsable de oficina u operaciones en una empresa de 30 a 300 personas",
      goals: ["Un evento del que se hable por buenos motivos", "Un solo proveedor que lo gestione todo"],
      painPoints: ["Perseguir a varios proveedores para pedir presupuestos", "Cambios de última hora en el número de invitados"],
      objections: ["¿Podéis trabajar con un presupuesto cerrado por persona?"],
      quote: "Si puedo disfrutar yo también de la fiesta, habéis hecho bien vuestro trabajo.",
    },
  ],
  positioning: {
    need: "quieren {offer} sin preocupaciones",
    benefit: "planifica cada detalle y responde rápido",
    reason: "cada evento tiene un responsable y un plan por escrito",
    promise: "Tu evento, resuelto, para que lo disfrutes.",
  },
} satisfies IndustryCopy;
