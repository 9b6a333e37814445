import { CHANNELS } from "./channels/catalogue";
import { countTerm, indexText } from "./detect/lexicon";
import { hash, normalize } from "./text";
import type { ChannelId } from "./types";
import { CHANNEL_IDS } from "./types";

/** What a regeneration instruction asks for, read with plain keyword rules. */
export interface Modifiers {
  b2b: boolean;
  shorter: boolean;
  social: boolean;
  premium: boolean;
  focus?: ChannelId;
  /** Multiply the budget, e.g. 0.8 for "cut by 20%". */
  budgetFactor?: number;
  /** Percent named in the budget instruction, for the basis text. */
  budgetPercent?: number;
  /** Seeds deterministic variation so each instruction gives a visibly different draft. */
  variant: number;
}

export const NO_MODIFIERS: Modifiers = { b2b: false, shorter: false, social: false, premium: false, variant: 0 };

const B2B =
  / (b2b|business buyers|businesses|companies|corporate|enterprise|empresas|entreprises|unternehmen|geschaftskunden|firmenkunden)/;
const SHORTER =
  / (short|shorter|simpl|concise|brief|fewer|less detail|tighter|corto|breve|simple|sencill|court|plus simple|kurz|kurzer|einfach)/;
const SOCIAL = / (social|redes sociales|reseaux sociaux|soziale medien|social media)/;
const PREMIUM =
  / (premium|luxury|luxurious|high end|upscale|exclusive|upmarket|lujo|exclusiv|haut de gamme|luxe|hochwertig|exklusiv|edel)/;
const CUT =
  / (cut|reduce|lower|decrease|trim|drop|slash|shrink|less budget|recorta|reducir|reduce|baisse|baisser|reduire|reduis|senken|kurzen|kurze|reduzieren)/;
const RAISE = / (increase|raise|boost|grow|more budget|add|aumenta|aumentar|augmente|augmenter|erhohen|erhohe|steigern)/;
const PERCENT = /(\d{1,2}(?:[.,]\d+)?)\s*(%|percent|por ciento|pour cent|prozent)/i;

function findChannel(text: string): ChannelId | undefined {
  const index = indexText(text);
  let found: { id: ChannelId; length: number } | undefined;
  for (const id of CHANNEL_IDS) {
    for (const alias of CHANNELS[id].aliases) {
      // The longest alias wins: "instagram ads" is Meta ads, not Instagram.
      if (countTerm(index, alias) > 0 && (!found || alias.length > found.length)) found = { id, length: alias.length };
    }
  }
  return found?.id;
}

export function parseInstruction(instruction: string): Modifiers {
  const text = normalize(instruction);
  const raw = instruction.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  const mods: Modifiers = {
    b2b: B2B.test(text),
    shorter: SHORTER.test(text),
    social: SOCIAL.test(text),
    premium: PREMIUM.test(text),
    variant: (hash(text.trim()) % 997) + 1,
  };
  const focus = findChannel(instruction);
  if (focus) mods.focus = focus;
  const mentionsBudget = / (budget|spend|presupuesto|gasto|budget|depenses|budgets|ausgaben|etat)/.test(text);
  const percent = PERCENT.exec(raw);
  const amount = percent?.[1] ? Number(percent[1].replace(",", ".")) : undefined;
  if (CUT.test(text) && (mentionsBudget || amount !== undefined)) {
    const p = amount ?? 20;
    mods.budgetFactor = 1 - p / 100;
    mods.budgetPercent = -p;
  } else if (RAISE.test(text) && mentionsBudget) {
    const p = amount ?? 20;
    mods.budgetFactor = 1 + p / 100;
    mods.budgetPercent = p;
  } else if (/ (double|duplicar|doubler|verdoppeln)/.test(text) && mentionsBudget) {
    mods.budgetFactor = 2;
    mods.budgetPercent = 100;
  } else if (/ (halve|half|mitad|moitie|halbieren)/.test(text) && mentionsBudget) {
    mods.budgetFactor = 0.5;
    mods.budgetPercent = -50;
  }
  return mods;
}
