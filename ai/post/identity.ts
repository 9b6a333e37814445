/**
 * Which field names a list item, in order of preference: a channel by its name,
 * a milestone by its title, a risk by its text. A key counts only when every
 * item has it as a string and no two items share a value, so a content calendar
 * (many items per channel) falls back to matching by position.
 */
const IDENTITY_KEYS = ["name", "title", "risk", "topic", "channel", "segment", "stage", "cadence", "days"] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function keyValues(items: readonly unknown[], key: string): string[] | null {
  const values: string[] = [];
  for (const item of items) {
    if (!isRecord(item)) return null;
    const value = item[key];
    if (typeof value !== "string" && typeof value !== "number") return null;
    values.push(String(value).trim().toLowerCase());
  }
  return new Set(values).size === values.length ? values : null;
}

/** The identity of each item of both lists, or null when the lists must be matched by position. */
export function identities(
  before: readonly unknown[],
  after: readonly unknown[],
): { key: string; before: string[]; after: string[] } | null {
  for (const key of IDENTITY_KEYS) {
    const a = keyValues(before, key);
    const b = keyValues(after, key);
    if (a && b && (a.length > 0 || b.length > 0)) return { key, before: a, after: b };
  }
  return null;
}

/** The display name of an item under a key found by `identities`, as written. */
export function identityLabel(item: unknown, key: string): string {
  return isRecord(item) ? String(item[key]) : "";
}
