/**
 * Readers for plan data that may be incomplete (a section still streaming) or
 * malformed (a model that wrote the wrong type). Types guide the keys; the
 * guards make sure only strings and numbers ever reach React as text.
 */
export type DeepPartial<T> = T extends readonly (infer U)[]
  ? DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

export function obj<T>(value: unknown): DeepPartial<T> {
  return (value !== null && typeof value === "object" && !Array.isArray(value) ? value : {}) as DeepPartial<T>;
}

export function items(value: unknown): unknown[] {
  return Array.isArray(value) ? value.filter((item) => item !== null && item !== undefined) : [];
}

export function txt(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

export function num(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** Strings of a list, skipping anything that is not text. */
export function texts(value: unknown): string[] {
  return items(value)
    .map(txt)
    .filter((item): item is string => item !== undefined);
}

export function capitalize(value: string | undefined): string | undefined {
  return value ? value.charAt(0).toUpperCase() + value.slice(1) : undefined;
}
