/** Small string helpers shared by every section builder. All pure. */

export type Vars = Readonly<Record<string, string>>;

/** Replaces `{key}` placeholders; unknown keys stay visible so tests catch them. */
export function fill(template: string, vars: Vars): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => vars[key] ?? whole);
}

/** Cuts text to `max` characters at a word boundary, ending with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max - 1);
  const lastSpace = room.lastIndexOf(" ");
  const cut = lastSpace > max * 0.6 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:.-]+$/, "")}…`;
}

/** Fills a template and clips the result to the schema's limit; an empty variable leaves no stray space. */
export function say(template: string, vars: Vars, max: number): string {
  return clip(
    fill(template, vars)
      .replace(/\s+([,.])/g, "$1")
      .replace(/\(\s*\)/g, ""),
    max,
  );
}

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

export function lowerFirst(text: string): string {
  const second = text.charAt(1);
  // Keep acronyms and proper nouns ("SEO", "Google") as written.
  if (second && second === second.toLocaleUpperCase() && second !== second.toLocaleLowerCase()) return text;
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}

/** "a, b and c" with the language's conjunction. */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

/** FNV-1a, 32 bit: a stable seed from text so a regeneration varies but repeats exactly. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Picks deterministically from a non-empty list. */
export function pick<T>(items: readonly [T, ...T[]], seed: number): T {
  return items[Math.abs(seed) % items.length] ?? items[0];
}

/** Rotates a list by `seed` positions, keeping every item. */
export function rotate<T>(items: readonly T[], seed: number): T[] {
  if (items.length === 0) return [];
  const n = Math.abs(seed) % items.length;
  return [...items.slice(n), ...items.slice(0, n)];
}

/** Lowercase, accents stripped, punctuation as spaces, padded with spaces for whole-word search. */
export function normalize(text: string): string {
  const plain = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
  return ` ${plain} `;
}

/** Rounds to two significant digits, the precision an estimate deserves. */
export function roundNice(value: number): number {
  if (value <= 0) return 0;
  if (value < 10) return Math.round(value * 10) / 10;
  const magnitude = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / magnitude) * magnitude;
}

export function uniq<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
