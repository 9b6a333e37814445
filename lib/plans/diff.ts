export interface FieldChange {
  /** Dotted path with array indexes, e.g. `channels[2].tactics[0]`. */
  path: string;
  kind: "added" | "removed" | "changed";
  before?: unknown;
  after?: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const join = (path: string, key: string | number) =>
  typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/**
 * Field-by-field differences between two JSON values, in document order:
 * objects by key, arrays by position, everything else by value. Only leaves
 * that differ are listed, so a changed word shows as one change, not as the
 * whole section replaced.
 */
export function diffFields(before: unknown, after: unknown, path = ""): FieldChange[] {
  if (Object.is(before, after)) return [];
  if (before === undefined) return [{ path, kind: "added", after }];
  if (after === undefined) return [{ path, kind: "removed", before }];
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, index) => diffFields(before[index], after[index], join(path, index))).flat();
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => diffFields(before[key], after[key], join(path, key)));
  }
  return [{ path, kind: "changed", before, after }];
}
