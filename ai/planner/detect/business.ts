import type { BusinessModel, IndustryProfile, Lexicon, Reach, Stage } from "../types";
import { type IndexedText, scoreLexicon } from "./lexicon";
import { STAGES } from "./stage-lexicons";

const B2B: Lexicon = {
  b2b: 6,
  businesses: 2,
  companies: 2,
  enterprise: 2,
  enterprises: 2,
  smb: 3,
  smbs: 3,
  smes: 3,
  "small businesses": 3,
  corporate: 2,
  procurement: 3,
  wholesale: 3,
  "decision makers": 3,
  "for companies": 3,
  "for businesses": 3,
  retailers: 2,
  offices: 2,
  empresas: 2,
  pymes: 3,
  entreprises: 2,
  pme: 3,
  unternehmen: 2,
  firmenkunden: 4,
  geschaftskunden: 4,
  kmu: 3,
};
const B2C: Lexicon = {
  b2c: 6,
  consumers: 2,
  families: 2,
  parents: 2,
  people: 1,
  locals: 2,
  individuals: 2,
  homeowners: 2,
  shoppers: 2,
  students: 1,
  tourists: 1,
  kids: 1,
  children: 1,
  women: 1,
  men: 1,
  fans: 1,
  particuliers: 3,
  familias: 2,
  familles: 2,
  familien: 2,
  privatkunden: 4,
};
const D2C: Lexicon = {
  d2c: 6,
  dtc: 6,
  "direct to consumer": 6,
  "our own brand": 3,
  shopify: 2,
  "own online store": 3,
  "we make": 1,
  handmade: 1,
};
const MARKETPLACE: Lexicon = {
  "two sided": 5,
  "platform connecting": 5,
  connects: 2,
  "buyers and sellers": 5,
  "hosts and guests": 4,
  "freelancers and clients": 4,
  "our marketplace": 5,
  "a marketplace": 4,
  "plataforma que conecta": 5,
  "mise en relation": 5,
  vermittlungsplattform: 6,
  marktplatz: 3,
};
const B2B2C: Lexicon = { b2b2c: 8, "white label": 4, "through retailers": 3, "via employers": 3, "through employers": 3 };
const NONPROFIT: Lexicon = {
  charity: 4,
  nonprofit: 5,
  "non profit": 5,
  ngo: 5,
  "501c3": 6,
  donors: 2,
  donations: 2,
  gemeinnutzig: 5,
  "sin animo de lucro": 5,
  "a but non lucratif": 5,
};

/** B2B vs B2C vs D2C vs marketplace vs nonprofit, from cues in the description, leaning on the industry's norm. */
export function detectModel(index: IndexedText, profile: IndustryProfile, productKind: boolean): BusinessModel {
  const score = (lexicon: Lexicon) => scoreLexicon(index, lexicon).score;
  if (profile.id === "nonprofit" || score(NONPROFIT) >= 5) return "nonprofit";
  if (score(B2B2C) >= 4) return "B2B2C";
  const marketplace = score(MARKETPLACE);
  const b2b = score(B2B) + (profile.defaultModel === "B2B" ? 3 : 0);
  const b2c = score(B2C) + (profile.defaultModel === "B2B" ? 0 : 3);
  if (marketplace >= 4 && marketplace >= b2b && marketplace >= b2c) return "marketplace";
  if (b2b > b2c) return "B2B";
  const defaultModel = productKind ? "D2C" : profile.defaultModel;
  if (score(D2C) >= 3 || defaultModel === "D2C") return "D2C";
  return "B2C";
}

const ONLINE: Lexicon = {
  online: 2,
  nationwide: 3,
  worldwide: 3,
  internationally: 3,
  globally: 2,
  "across the country": 3,
  "we ship": 3,
  shipping: 2,
  "e commerce": 2,
  ecommerce: 2,
  remote: 2,
  remotely: 2,
  virtual: 2,
  "en linea": 2,
  "en ligne": 2,
  "a distance": 2,
  bundesweit: 3,
  weltweit: 3,
  deutschlandweit: 3,
};
const LOCAL: Lexicon = {
  local: 2,
  locals: 2,
  neighbourhood: 3,
  neighborhood: 3,
  "our shop": 2,
  "our studio": 2,
  "our store": 1,
  downtown: 3,
  "city centre": 3,
  "high street": 3,
  "visit us": 2,
  "walk in": 2,
  "walk ins": 2,
  barrio: 3,
  quartier: 3,
  viertel: 2,
  kiez: 3,
  town: 1,
};

export function detectReach(
  index: IndexedText,
  profile: IndustryProfile,
  region: string | undefined,
  productKind: boolean,
): Reach {
  const regionText = region?.toLowerCase() ?? "";
  if (/\b(online|worldwide|global|international|remote|internet)\b/.test(regionText)) return "online";
  const defaultReach = productKind ? "online" : profile.defaultReach;
  const online = scoreLexicon(index, ONLINE).score + (defaultReach === "online" ? 3 : 0);
  const local = scoreLexicon(index, LOCAL).score + (defaultReach === "local" ? 3 : 0);
  return online > local ? "online" : "local";
}

/** "for 10 years", "desde hace 8 años", "depuis 12 ans", "seit 15 Jahren"; an owner's experience does not count. */
const YEARS =
  / (?:for|over|than|past|hace|depuis|seit|fast|de|als) (\d{1,3}) (?:years?|yrs|anos|ans|jahren?)(?! (?:of )?(?:experience|old|d experience|de experiencia|erfahrung))/;
const SINCE_YEAR = / (?:since|desde|depuis|seit|founded in|fundada en|fonde en|gegrundet) ((?:19|20)\d\d) /;
/** "since 2012" says established only when it is clearly in the past; no clock is read, so this is fixed. */
const ESTABLISHED_BEFORE = 2016;

export function detectStage(index: IndexedText): { stage: Stage; stated: boolean } {
  const scores: Record<Stage, number> = { idea: 0, launch: 0, growth: 0, established: 0 };
  for (const stage of Object.keys(STAGES) as Stage[]) scores[stage] = scoreLexicon(index, STAGES[stage]).score;
  const years = YEARS.exec(index.padded);
  if (years?.[1]) {
    const n = Number(years[1]);
    if (n >= 5) scores.established += 6;
    else if (n >= 2) scores.growth += 5;
    else scores.launch += 3;
  }
  const since = SINCE_YEAR.exec(index.padded);
  if (since?.[1]) {
    if (Number(since[1]) < ESTABLISHED_BEFORE) scores.established += 6;
    else scores.growth += 4;
  }
  let best: Stage = "growth";
  let bestScore = 0;
  for (const stage of ["idea", "launch", "established", "growth"] as const) {
    if (scores[stage] > bestScore) {
      best = stage;
      bestScore = scores[stage];
    }
  }
  return { stage: best, stated: bestScore >= 3 };
}
