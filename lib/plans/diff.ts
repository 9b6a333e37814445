import { identities, identityLabel } from "@/ai/post/identity";

export interface FieldChange {
  /** Dotted path, e.g. `channels[2].tactics[0]`, or by identity `channels["Instagram"].budgetSharePercent`. */
  path: string;
  kind: "added" | "removed" | "changed";
  before?: unknown;
  after?: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const join = (path: string, key: string | number) =>
  typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key;

const named = (path: string, name: string) => `${path}[${JSON.stringify(name)}]`;

interface DiffOptions {
  /**
   * Match list items by what names them (a channel's name) rather than by
   * position, so reordering two channels is no change and renaming one is one
   * removal and one addition, never "every field of channel 2 changed".
   */
  byIdentity?: boolean;
}

function diffLists(before: unknown[], after: unknown[], path: string, options: DiffOptions): FieldChange[] {
  const ids = options.byIdentity ? identities(before, after) : null;
  if (!ids) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, index) => diffFields(before[index], after[index], join(path, index), options)).flat();
  }
  const changes: FieldChange[] = [];
  after.forEach((item, index) => {
    const label = named(path, identityLabel(item, ids.key));
    const old = ids.before.indexOf(ids.after[index] ?? "");
    changes.push(
      ...(old === -1 ? [{ path: label, kind: "added" as const, after: item }] : diffFields(before[old], item, label, options)),
    );
  });
  before.forEach((item, index) => {
    if (!ids.after.includes(ids.before[index] ?? "")) {
      changes.push({ path: named(path, identityLabel(item, ids.key)), kind: "removed", before: item });
    }
  });
  return changes;
}

/**
 * Field-by-field differences between two JSON values, in document order:
 * objects by key, lists by position (or by identity, when asked), everything
 * else by value. Only leaves that differ are listed, so a changed word shows
 * as one change, not as the whole section replaced.
 */
export function diffFields(before: unknown, after: unknown, path = "", options: DiffOptions = {}): FieldChange[] {
  if (Object.is(before, after)) return [];
  if (before === undefined) return [{ path, kind: "added", after }];
  if (after === undefined) return [{ path, kind: "removed", before }];
  if (Array.isArray(before) && Array.isArray(after)) return diffLists(before, after, path, options);
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => diffFields(before[key], after[key], join(path, key), options));
  }
  return [{ path, kind: "changed", before, after }];
}
