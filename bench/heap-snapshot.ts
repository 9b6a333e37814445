/**
 * Pure reading of V8 heap snapshots (`node --heapsnapshot-signal=SIGUSR2`, DevTools' format) for
 * telling a leak from a heap at its working size: objects counted and sized by constructor, and
 * two snapshots of one process compared. A leak shows as a constructor whose count keeps rising
 * between snapshots taken minutes apart under the same load; a steady heap shows none.
 */
import { z } from "zod";

// Only what is read here; the format has more (edges, locations, samples).
const snapshotSchema = z.object({
  snapshot: z.object({
    meta: z.object({ node_fields: z.array(z.string()), node_types: z.tuple([z.array(z.string())]).rest(z.unknown()) }),
  }),
  nodes: z.array(z.number()),
  strings: z.array(z.string()),
});

export interface Group {
  count: number;
  bytes: number;
}

export interface HeapSummary {
  nodes: number;
  bytes: number;
  /** By "type:name": objects by constructor, closures by function name, strings and numbers by type alone. */
  groups: Map<string, Group>;
}

// Types whose names say what they are; a string's or a number's name is its value, so those group by type.
const NAMED = new Set(["object", "closure", "native", "array", "hidden", "code", "synthetic", "regexp"]);

/** Self sizes (not retained sizes) summed by constructor. */
export function summariseSnapshot(json: unknown): HeapSummary {
  const { snapshot, nodes, strings } = snapshotSchema.parse(json);
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[0];
  const [type, name, size] = ["type", "name", "self_size"].map((field) => fields.indexOf(field));
  if (type === undefined || name === undefined || size === undefined || [type, name, size].includes(-1))
    throw new Error(`Not a V8 heap snapshot: node fields ${fields.join(", ")}`);
  const groups = new Map<string, Group>();
  let bytes = 0;
  for (let i = 0; i < nodes.length; i += fields.length) {
    const typeName = types[nodes[i + type] ?? -1] ?? "unknown";
    const key = NAMED.has(typeName) ? `${typeName}:${(strings[nodes[i + name] ?? -1] ?? "").slice(0, 80)}` : `(${typeName})`;
    const group = groups.get(key) ?? { count: 0, bytes: 0 };
    group.count += 1;
    group.bytes += nodes[i + size] ?? 0;
    bytes += nodes[i + size] ?? 0;
    groups.set(key, group);
  }
  return { nodes: nodes.length / fields.length, bytes, groups };
}

export interface GroupChange {
  key: string;
  count: number;
  bytes: number;
  countChange: number;
  bytesChange: number;
}

/** Every group's change from `before` to `after`, largest growth in bytes first. */
export function compareSnapshots(before: HeapSummary, after: HeapSummary): GroupChange[] {
  const keys = new Set([...before.groups.keys(), ...after.groups.keys()]);
  return [...keys]
    .map((key) => {
      const was = before.groups.get(key) ?? { count: 0, bytes: 0 };
      const now = after.groups.get(key) ?? { count: 0, bytes: 0 };
      return { key, count: now.count, bytes: now.bytes, countChange: now.count - was.count, bytesChange: now.bytes - was.bytes };
    })
    .sort((a, b) => b.bytesChange - a.bytesChange || b.countChange - a.countChange);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

/** The totals and the `top` groups that grew most, by bytes and by count, for a terminal. */
export function formatComparison(before: HeapSummary, after: HeapSummary, top = 15): string {
  const changes = compareSnapshots(before, after);
  const row = (c: GroupChange) =>
    `  ${(c.bytesChange >= 0 ? "+" : "") + mb(c.bytesChange)}`.padEnd(16) +
    `${(c.countChange >= 0 ? "+" : "") + c.countChange}`.padStart(9) +
    `  now ${String(c.count).padStart(8)} / ${mb(c.bytes).padStart(11)}  ${c.key}`;
  const byCount = [...changes].sort((a, b) => b.countChange - a.countChange);
  return [
    `heap: ${before.nodes} nodes, ${mb(before.bytes)} → ${after.nodes} nodes, ${mb(after.bytes)} ` +
      `(${(((after.bytes - before.bytes) / before.bytes) * 100).toFixed(1)} %)`,
    "grew most in bytes:",
    ...changes.slice(0, top).map(row),
    "grew most in count:",
    ...byCount.slice(0, top).map(row),
  ].join("\n");
}
