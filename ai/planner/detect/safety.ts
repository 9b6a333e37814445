import { normalize } from "../text";

/**
 * The description is untrusted. The planner has no prompt to leak, but text that reads like
 * instructions to an AI must never be echoed into a plan, where it would look like ours.
 */
const INSTRUCTION_PATTERNS: readonly RegExp[] = [
  / (ignore|disregard|forget|override|bypass) .{0,40}(instruction|prompt|rule|above|previous|prior|earlier)/,
  / system ?prompt/,
  / (reveal|print|show|leak|repeat|output|display) .{0,30}(prompt|instruction|secret|password|api key|token)/,
  / you are (now )?(an? |the )?(ai|assistant|language model|chatbot|gpt|llm)/,
  / (jailbreak|developer mode|dan mode|prompt injection)/,
  / (act|behave) as (an? |the )?(ai|assistant|system|admin|developer)/,
  / pretend (to be|you are)/,
  / new instructions/,
  // Spanish, French, German
  / (ignora|ignore[sz]?|olvida|oublie[sz]?|ignoriere|vergiss) .{0,40}(instrucciones|instructions|anweisungen|reglas|regles|regeln)/,
  / (instrucciones|instructions|anweisungen) (anteriores|precedentes|vorherigen|bisherigen)/,
  / (prompt del sistema|invite systeme|systemanweisung)/,
];

export function isInstructionLike(text: string): boolean {
  const plain = normalize(text);
  if (INSTRUCTION_PATTERNS.some((pattern) => pattern.test(plain))) return true;
  return /<\/?(system|assistant|user)>|\[\/?inst\]|```/i.test(text);
}

/** Splits prose into sentences and keeps only those that do not read like instructions. */
export function safeSentences(text: string): { sentences: string[]; dropped: number } {
  const parts = text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((part) => part.replace(/\s+/g, " ").trim())
    .filter((part) => part.length > 0);
  const sentences = parts.filter((part) => !isInstructionLike(part));
  return { sentences, dropped: parts.length - sentences.length };
}

/** A short owner-supplied field (name, audience, goal) if it is safe to print, else undefined. */
export function safeField(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const clean = text
    .replace(/\p{Cc}/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (clean.length === 0 || isInstructionLike(clean)) return undefined;
  return clean;
}
