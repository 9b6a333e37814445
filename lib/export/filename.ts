import { isoDate, planStart } from "./schedule";

const MAX_SLUG_CHARS = 60;

/**
 * A file-name-safe slug of a title: letters of any script and digits, joined by
 * hyphens, accents dropped where a base letter exists ("Café Ünal" → "cafe-unal").
 */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  const cut = Array.from(slug).slice(0, MAX_SLUG_CHARS).join("").replace(/-+$/, "");
  return cut || "marketing-plan";
}

/** `bean-there-marketing-plan-2026-03-12-budget.csv`: the title, the plan's date, then the suffix. */
export function exportFilename(args: { title: string; createdAt: string; suffix: string }): string {
  return `${slugify(args.title)}-${isoDate(planStart(args.createdAt))}${args.suffix}`;
}

/**
 * `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266 with RFC 8187): the
 * UTF-8 name for every current browser, an ASCII one for anything older.
 */
export function attachmentDisposition(filename: string): string {
  const ascii = filename
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\]/g, "")
    .replace(/^-+/, "");
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii || "marketing-plan"}"; filename*=UTF-8''${encoded}`;
}
