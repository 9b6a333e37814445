import type { KpiId, Lexicon } from "../types";
import { indexText, scoreLexicon } from "./lexicon";

/** Goal words per KPI; "primary" means the industry's main conversion KPI. */
const GOAL_LEXICONS: readonly [KpiId | "primary", Lexicon][] = [
  [
    "google-reviews",
    { reviews: 3, review: 3, rating: 2, stars: 2, resenas: 3, opiniones: 3, avis: 3, bewertungen: 3, rezensionen: 3 },
  ],
  ["store-rating", { "star rating": 4, "store rating": 5, "app store": 2, valoracion: 3, note: 2, sterne: 3 }],
  [
    "email-subscribers",
    { subscribers: 3, newsletter: 3, "email list": 4, "mailing list": 4, suscriptores: 3, abonnes: 2, abonnenten: 3 },
  ],
  [
    "social-followers",
    { followers: 4, follower: 4, seguidores: 4, instagram: 1, tiktok: 1, "abonnes instagram": 4, "followers auf": 4 },
  ],
  [
    "monthly-reach",
    {
      awareness: 3,
      visibility: 3,
      known: 1,
      reach: 2,
      notoriedad: 3,
      visibilidad: 3,
      notoriete: 3,
      visibilite: 3,
      bekanntheit: 3,
      sichtbarkeit: 3,
      reichweite: 3,
    },
  ],
  [
    "revenue",
    {
      revenue: 4,
      turnover: 4,
      sales: 2,
      income: 3,
      ventas: 3,
      facturacion: 4,
      ingresos: 3,
      "chiffre d affaires": 4,
      ventes: 3,
      umsatz: 4,
      einnahmen: 3,
    },
  ],
  ["online-orders", { orders: 3, "online sales": 4, pedidos: 3, commandes: 3, bestellungen: 3 }],
  [
    "qualified-leads",
    { leads: 4, enquiries: 3, inquiries: 3, prospects: 3, "clientes potenciales": 4, contactos: 2, anfragen: 3, demandes: 2 },
  ],
  ["demo-bookings", { demo: 4, demos: 4 }],
  ["new-members", { members: 4, memberships: 4, socios: 4, adherents: 4, abonnements: 2, mitglieder: 4 }],
  [
    "enrolments",
    {
      students: 3,
      enrolments: 4,
      enrollments: 4,
      learners: 3,
      alumnos: 3,
      inscripciones: 3,
      eleves: 3,
      inscriptions: 3,
      schuler: 3,
      anmeldungen: 3,
    },
  ],
  [
    "new-donors",
    {
      donors: 4,
      donations: 3,
      donate: 3,
      donantes: 4,
      donaciones: 3,
      donateurs: 4,
      dons: 3,
      spender: 4,
      spenden: 3,
      fundraising: 2,
    },
  ],
  [
    "recurring-donors",
    {
      "monthly donors": 6,
      "regular donors": 6,
      "recurring donors": 6,
      "socios mensuales": 6,
      "dons mensuels": 6,
      dauerspender: 6,
    },
  ],
  ["app-installs", { downloads: 4, installs: 4, descargas: 4, telechargements: 4 }],
  [
    "repeat-rate",
    {
      retention: 2,
      repeat: 3,
      loyalty: 3,
      "come back": 3,
      regulars: 3,
      fidelizar: 3,
      fidelite: 3,
      fideliser: 3,
      stammkunden: 3,
      kundenbindung: 3,
    },
  ],
  ["monthly-churn", { churn: 5, cancellations: 3, bajas: 3, resiliations: 3, kundigungen: 3 }],
  ["website-visitors", { traffic: 3, "website visits": 4, visitors: 2, visitas: 2, trafic: 3, besucher: 3 }],
  ["conversion-rate", { conversion: 3, conversions: 3, konversion: 3 }],
  ["referral-share", { referrals: 4, referral: 4, "word of mouth": 4, recomendaciones: 3, recommandations: 3, empfehlungen: 3 }],
  ["quote-requests", { quotes: 3, rfqs: 4, rfq: 4, presupuestos: 3, devis: 3, angebote: 3 }],
  ["jobs-booked", { jobs: 3, trabajos: 3, chantiers: 3, auftrage: 3 }],
  ["occupancy-rate", { occupancy: 5, ocupacion: 5, "taux d occupation": 5, auslastung: 5 }],
  ["direct-booking-share", { "direct bookings": 6, "reservas directas": 6, "reservations directes": 6, direktbuchungen: 6 }],
  [
    "primary",
    {
      customers: 2,
      clients: 2,
      bookings: 3,
      appointments: 3,
      reservations: 3,
      clientes: 2,
      reservas: 3,
      citas: 3,
      rendez: 2,
      kunden: 2,
      buchungen: 3,
      termine: 3,
      "new business": 2,
    },
  ],
];

export interface ParsedGoal {
  text: string;
  kpi: KpiId | "primary";
  /** A number the owner wrote, exactly as a value (no k/M scaling), usable as a `user` figure. */
  stated?: { value: number; percent: boolean; money: boolean };
  /** A number that needed scaling ("5k"), so it is an estimate derived from the goal. */
  scaled?: number;
  /** Deadline the goal names ("in 6 months"), in days. */
  deadlineDays?: number;
  /** What the stated number counts, in the owner's words: "recurring office catering clients". */
  counted?: string;
}

/** Words that end what a number counts: "5 clients in 6 months", "20 Kunden bis Juni". */
const COUNT_STOP =
  /^(?:in|by|within|per|a|an|each|every|before|this|next|from|over|en|dans|por|al|para|pour|par|avant|pro|im|bis|innerhalb|vor|ab|und|and|y|et)$/i;

function countedAfter(text: string, numberEnd: number): string | undefined {
  const words: string[] = [];
  for (const word of text.slice(numberEnd).split(/\s+/).filter(Boolean)) {
    const bare = word.replace(/[.,;:!?)]+$/u, "");
    if (COUNT_STOP.test(bare) || /^\d/.test(bare) || words.length >= 6) break;
    words.push(bare);
    if (bare !== word) break;
  }
  return words.length > 0 ? words.join(" ") : undefined;
}

const PERIOD = /(\d+)\s*(months?|meses|mes|mois|monate?n?|weeks?|semanas?|semaines?|wochen?|days?|dias|días|jours?|tagen?)\b/iu;
const NUMBER = /([$€£¥₹])?\s*(\d{1,3}(?:[,.\s]\d{3})+|\d+(?:[.,]\d+)?)\s*(k\b|m\b|%|percent|por ciento|pour cent|prozent)?/iu;

/** "1,500" and "1.500" are thousands; "2.5" and "2,5" are decimals. */
export function parseNumber(raw: string): number {
  if (/^\d{1,3}(?:[,.\s]\d{3})+$/.test(raw)) return Number(raw.replace(/[,.\s]/g, ""));
  return Number(raw.replace(",", "."));
}

function periodDays(amount: number, unit: string): number {
  const u = unit.toLowerCase();
  if (/^(month|mes|mois|monat)/.test(u)) return amount * 30;
  if (/^(week|semana|semaine|woche)/.test(u)) return amount * 7;
  return amount;
}

export function parseGoal(text: string): ParsedGoal {
  const index = indexText(text);
  let kpi: KpiId | "primary" = "primary";
  let best = 0;
  for (const [id, lexicon] of GOAL_LEXICONS) {
    const score = scoreLexicon(index, lexicon).score;
    if (score > best) {
      kpi = id;
      best = score;
    }
  }
  const goal: ParsedGoal = { text, kpi };
  let rest = text;
  const period = PERIOD.exec(text);
  if (period?.[1] && period[2]) {
    goal.deadlineDays = periodDays(Number(period[1]), period[2]);
    rest = text.replace(period[0], " ");
  }
  const number = NUMBER.exec(rest);
  if (number?.[2]) {
    const value = parseNumber(number[2]);
    const suffix = (number[3] ?? "").toLowerCase();
    const yearLike = value >= 1900 && value <= 2100 && !suffix && !number[1];
    if (Number.isFinite(value) && !yearLike) {
      if (suffix === "k" || suffix === "m") goal.scaled = value * (suffix === "k" ? 1_000 : 1_000_000);
      else {
        goal.stated = { value, percent: suffix !== "", money: Boolean(number[1]) };
        const counted = suffix || number[1] ? undefined : countedAfter(rest, (number.index ?? 0) + number[0].length);
        if (counted) goal.counted = counted;
      }
    }
  }
  return goal;
}
