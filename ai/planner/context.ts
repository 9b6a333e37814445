import type { PlanDraft } from "@/ai/schemas/plan";
import type { PlanInput } from "@/ai/schemas/plan-input";
import { type BudgetInfo, budgetFrom } from "./budget/from-input";
import { formatMoney } from "./budget/money";
import { channelName } from "./channels/names";
import { resolvePlanChannels } from "./channels/resolve";
import { selectChannels } from "./channels/select";
import { PLACE_PHRASES } from "./data/lang/place-words";
import { detectModel, detectReach, detectStage } from "./detect/business";
import { namedCompetitors } from "./detect/competitors";
import { type ParsedGoal, parseGoal } from "./detect/goals";
import { detectIndustry } from "./detect/industry";
import { leadPhrase } from "./detect/lead";
import { indexText } from "./detect/lexicon";
import { deriveAudience, deriveKind, deriveName, deriveOffer } from "./detect/phrases";
import { detectRegion } from "./detect/region";
import { safeField, safeSentences } from "./detect/safety";
import { resolveLanguage } from "./i18n";
import type { LanguagePack } from "./i18n/pack";
import type { IndustryCopy, KindWords } from "./i18n/types";
import { type Modifiers, NO_MODIFIERS } from "./instructions";
import { type SubjectForms, subjectForms, subjectNoun, subjectPolisher } from "./subject";
import { capitalize, clip, fill, joinList, lowerFirst, normalize, type Vars } from "./text";
import { detectTone } from "./tone";
import type {
  BusinessModel,
  IndustryId,
  IndustryProfile,
  KpiBenchmark,
  Lang,
  OfferType,
  Reach,
  SelectedChannel,
  Stage,
} from "./types";

/** Everything the section builders need, derived once from the input. */
export interface PlanContext {
  input: PlanInput;
  lang: Lang;
  pack: LanguagePack;
  unsupportedLanguage?: string;
  industryId: IndustryId;
  profile: IndustryProfile;
  copy: IndustryCopy;
  kind: string;
  kindWords: KindWords;
  offerType: OfferType;
  terms: string[];
  /** The business as a heading names it: its name, else its own noun ("Mobile cat grooming service"). */
  name: string;
  /**
   * Unnamed, the subject phrase already carries the offer ("the kite repairs business", or with `{linked}`: "der
   * Foodtruck … mit vegetarischen Burgern"), so a sentence need not repeat it.
   */
  subjectHasOffer: boolean;
  /** Fuses articles and capitalises the unnamed business's noun after a template is filled. */
  polish: (text: string) => string;
  /** The owner gave a name (field or description); otherwise headlines name the offer instead. */
  named: boolean;
  offer: string;
  /** Competitors the owner named, in their spelling. */
  rivals: string[];
  /** The offer came from the owner's description, not the industry default. */
  offerStated: boolean;
  audience: string;
  audienceStated: boolean;
  region?: string;
  regionStated: boolean;
  model: BusinessModel;
  reach: Reach;
  stage: Stage;
  stageStated: boolean;
  budget: BudgetInfo;
  currencyInferred: boolean;
  months: number;
  goals: ParsedGoal[];
  tone: ReturnType<typeof detectTone>;
  channels: SelectedChannel[];
  channelNames: string[];
  kpis: readonly KpiBenchmark[];
  quote?: string;
  injectionIgnored: boolean;
  /** Shift toward business buyers: stated in the description or asked for in an instruction. */
  b2b: boolean;
  mods: Modifiers;
  vars: Vars;
}

export interface ContextOptions {
  mods?: Modifiers;
  /** The current plan, when one section is regenerated: its budget is the one to change. */
  plan?: PlanDraft;
  /** Keep the plan's channels (every section but the channel mix itself). */
  keepChannels?: boolean;
}

/** An owner-supplied field was left out because it read like instructions to an AI. */
function hasUnsafeField(input: PlanInput): boolean {
  const fields = [input.businessName, input.industry, input.targetAudience, input.region, input.tone, ...(input.goals ?? [])];
  return fields.some((field) => field !== undefined && field.trim() !== "" && safeField(field) === undefined);
}

export function buildContext(input: PlanInput, options: ContextOptions = {}): PlanContext {
  const mods = options.mods ?? NO_MODIFIERS;
  const language = resolveLanguage(input.language);
  const { lang, pack } = language;
  const { sentences, dropped } = safeSentences(input.businessDescription);
  const clean = sentences.join(" ");
  const index = indexText(clean);
  const industryField = safeField(input.industry);
  const detection = detectIndustry({ description: clean, industry: industryField });
  const profile = detection.profile;
  const copy = pack.industries[detection.id];
  const lead = leadPhrase(sentences[0], lang);
  const casing = (text: string) => (lang === "de" ? text : lowerFirst(text));
  const statedKind = deriveKind(sentences, lang);
  const ownKind = detection.id === "generic" ? (statedKind ?? leadKind(lead?.business, lang, casing)) : undefined;
  const kindWords = ownKind ??
    copy.kinds[detection.kind] ??
    Object.values(copy.kinds)[0] ?? { noun: copy.label, a: copy.label, the: copy.label };
  const productKind = profile.productKinds?.includes(detection.kind) ?? false;
  const offerType: OfferType = productKind ? "product" : profile.offerType;

  const regionField = safeField(input.region);
  const region = detectRegion({
    region: regionField,
    description: index,
    rawDescription: clean,
    languageTag: input.language,
    lang,
  });
  const currency = input.monthlyBudget?.currency ?? region.currency;
  const model = detectModel(index, profile, productKind);
  const reach = detectReach(index, profile, regionField, productKind);
  const { stage, stated: stageStated } = detectStage(index);
  const budget = budgetFrom(input, profile, stage, currency, options);
  const b2b = mods.b2b || (model === "B2B" && profile.defaultModel !== "B2B");

  const described = deriveOffer(sentences);
  const audienceField = safeField(input.targetAudience);
  const statedAudience = (audienceField && casing(audienceField)) ?? deriveAudience(sentences) ?? described.audience;
  const firstSegment = copy.segments[0].name;
  const audience = clip(statedAudience ?? casing(firstSegment), 140);
  const ownName = safeField(input.businessName) ?? deriveName(sentences);
  const name = clip(ownName ?? pack.core.fallbackName, 120);
  // A bare noun ("Tattoo parlour" → "tattoo") says less than a recognised industry's offer ("custom tattoos").
  const bare = lang === "en" && lead?.offer !== undefined && !lead.offer.includes(" ") && lead.offer !== lead.business;
  const leadOffer =
    lead?.offer && (!bare || detection.id === "generic") && !namesOutlet(lead, kindWords, detection.id) && !lead.person
      ? lead.offer
      : undefined;
  const ownOffer = described.offer ?? leadOffer;
  const offer = clip(ownOffer ?? copy.offer, 120);
  // Unnamed, the body calls the business by its own noun, never "Your business".
  const noun =
    ownName === undefined
      ? subjectNoun({
          lang,
          lead,
          // "We run a small specialty coffee roastery": the owner's own noun beats the industry's ("the café").
          ownKind: statedKind,
          industryKind: detection.id === "generic" ? undefined : kindWords,
          offer: ownOffer,
        })
      : undefined;
  const subject: SubjectForms = noun ? subjectForms(clip(noun, 120), lang) : { nom: name, acc: name, dat: name };
  const market = { kind: detection.kind, currency, lang };
  const kept =
    options.keepChannels && options.plan ? resolvePlanChannels(options.plan.channels, pack, profile, market) : undefined;
  const channels = kept?.channels ?? selectChannels({ profile, kind: detection.kind, reach, band: budget.band, b2b, mods });
  const channelNames = kept?.names ?? channels.map((c) => channelName(pack, profile, c.id, market));
  const goals = (input.goals ?? [])
    .map(safeField)
    .filter((goal): goal is string => goal !== undefined)
    .map(parseGoal);
  const months = input.timeframeMonths ?? 12;
  const locale = pack.core.locale;
  const regionName = region.region ? clip(region.region, 80) : undefined;
  const byTier = (tier: SelectedChannel["tier"]) =>
    joinList(
      channelNames.filter((_, i) => channels[i]?.tier === tier),
      pack.core.and,
    );
  const firstSentence = sentences[0];

  const vars: Vars = {
    name: subject.nom,
    nameAcc: subject.acc,
    nameDat: subject.dat,
    // With no name, the title names the business the way the owner did: "Mobile cat grooming service in Bristol".
    headline: capitalize(
      clip(
        (lead?.linked ? `${lead.business} ${lead.linked}` : undefined) ??
          (lead?.offer ? lead.business : undefined) ??
          // "We run a small specialty coffee roastery": the owner's own name for the business beats its offer.
          statedKind?.noun.replace(/^(?:small|little|tiny|new|independent|pequeñ[oa]|petite?|kleine[sn]?)\s+/iu, "") ??
          ownOffer?.replace(/^(?:des|du|de la|de l'|les|un|une|unos|unas|los|las)\s+/iu, "") ??
          (detection.id === "generic" ? "" : kindWords.noun),
        80,
      ),
    ),
    // German attaches what a one-word outlet sells after the place: "Der Foodtruck in München mit vegetarischen Burgern".
    linked: ownName === undefined && lead?.linked ? lead.linked : "",
    kind: kindWords.noun,
    kindA: kindWords.a,
    kindThe: kindWords.the,
    industry: clip(industryField ?? copy.label, 120),
    offer,
    customers: copy.customers,
    audience,
    segment: statedAudience
      ? clip(statedAudience, 120)
      : casing(b2b ? pack.core.audience.b2bName.replace("{b2bAngle}", copy.b2bAngle) : firstSegment),
    region: regionName ?? pack.core.yourArea,
    // An online business without a region has no place to name; templates read fine without it.
    inRegion: regionName ? inRegionPhrase(regionName, lang, pack) : reach === "online" ? "" : pack.core.inYourArea,
    b2bAngle: copy.b2bAngle,
    need: copy.positioning.need,
    benefit: copy.positioning.benefit,
    reason: copy.positioning.reason,
    promise: copy.positioning.promise,
    team: copy.team,
    months: String(months),
    budget: formatMoney(budget.amount, currency, locale),
    stage: pack.core.stages[stage],
    model: pack.core.models[model],
    proven: byTier("proven"),
    next: byTier("next"),
    experimental: byTier("experimental"),
    // "Sourdough" at a sentence start reads as "sourdough"; "CNC", "SaaS" and German nouns keep their case.
    terms: joinList(
      detection.terms.map((term) => (lang !== "de" && /^\p{Lu}\p{Ll}+$/u.test(term) ? term.toLocaleLowerCase() : term)),
      pack.core.and,
    ),
  };

  // Industry phrases may themselves hold placeholders ("serves {offer} worth the detour").
  const resolved: Record<string, string> = { ...vars };
  const derived = ["need", "benefit", "reason", "promise", "b2bAngle", ...(statedAudience ? [] : ["audience", "segment"])];
  for (const key of derived) resolved[key] = fill(resolved[key] ?? "", vars);

  const context: PlanContext = {
    input,
    lang,
    pack,
    industryId: detection.id,
    profile,
    copy,
    kind: detection.kind,
    kindWords,
    offerType,
    terms: detection.terms,
    name: ownName || !resolved.headline ? name : clip(resolved.headline, 120),
    subjectHasOffer: noun !== undefined && (lead?.linked !== undefined || normalize(noun).includes(normalize(offer))),
    offer,
    named: ownName !== undefined,
    rivals: namedCompetitors(sentences, lang),
    offerStated: ownOffer !== undefined,
    audience,
    audienceStated: statedAudience !== undefined,
    regionStated: region.stated,
    model,
    reach,
    stage,
    stageStated,
    budget,
    currencyInferred: region.currencyInferred || input.monthlyBudget !== undefined,
    months,
    goals,
    tone: detectTone(safeField(input.tone), profile.tone, mods.premium),
    channels,
    channelNames,
    kpis: profile.kindKpis?.[detection.kind] ?? profile.kpis,
    injectionIgnored: dropped > 0 || hasUnsafeField(input),
    b2b,
    mods,
    vars: resolved,
    polish: subjectPolisher(noun ? subject : undefined, [audience, resolved.segment ?? ""].filter(Boolean), lang),
  };
  if (language.unsupported) context.unsupportedLanguage = language.unsupported;
  if (regionName) context.region = regionName;
  if (firstSentence && firstSentence.length >= 20) context.quote = clip(firstSentence, 220);
  return context;
}

/**
 * "Garage automobile", "Private Kita", "Elektrikerbetrieb": an opening phrase that only names the kind of business
 * is not an offer ("propose garage automobile"); the industry's offer reads better.
 */
function namesOutlet(lead: { business: string; offer?: string }, kind: KindWords, industry: IndustryId): boolean {
  if (industry === "generic" || !lead.offer || lead.offer.toLowerCase() !== lead.business.toLowerCase()) return false;
  const phrase = normalize(lead.business).trim();
  const noun = normalize(kind.noun).trim();
  const head = normalize(kind.the).trim().split(" ").slice(1).join(" ");
  return phrase.includes(noun) || (head.length > 3 && phrase.endsWith(head));
}

/** "à Lyon" but "en Provence": a listed place takes its own preposition. */
function inRegionPhrase(region: string, lang: Lang, pack: LanguagePack): string {
  const key = normalize(region).trim();
  const own = Object.entries(PLACE_PHRASES[lang]).find(([place]) => normalize(place).trim() === key)?.[1];
  return own ?? pack.core.inRegion.replace("{region}", region);
}

/** A generic business named by its opening phrase: "a mobile cat grooming service" (articles only where they do not depend on gender). */
function leadKind(business: string | undefined, lang: Lang, casing: (text: string) => string): KindWords | undefined {
  if (!business || lang !== "en") return undefined;
  const noun = casing(business);
  const a = /^[aeiou]/i.test(noun) ? "an" : "a";
  return { noun, a: `${a} ${noun}`, the: `the ${noun}` };
}
