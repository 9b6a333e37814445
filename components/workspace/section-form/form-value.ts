import type { z } from "zod";
import { type Figure, SECTION_DRAFT_SCHEMAS, type SectionKey } from "@/ai/schemas/plan";
import { describeField } from "./schema-node";

/** Where a field sits in a section: keys and list indexes. */
export type Path = readonly (string | number)[];

/** The path as the server names fields in its 400 answers (`swot.strengths.1`). */
export function pathKey(path: Path): string {
  return path.join(".");
}

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === "object" && value !== null;
}

export function getIn(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (isContainer(node) ? (node as Record<string, unknown>)[key] : undefined), value);
}

/** A copy of `value` with `next` at `path` (undefined removes an object key); nothing else is copied. */
export function setIn(value: unknown, path: Path, next: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return next;
  const child = setIn(isContainer(value) ? (value as Record<string, unknown>)[head] : undefined, rest, next);
  if (typeof head === "number") {
    const list = Array.isArray(value) ? [...value] : [];
    list[head] = child;
    return list;
  }
  const copy: Record<string, unknown> = isContainer(value) && !Array.isArray(value) ? { ...value } : {};
  if (child === undefined) delete copy[head];
  else copy[head] = child;
  return copy;
}

export function insertItem<T>(list: readonly T[], index: number, item: T): T[] {
  return [...list.slice(0, index), item, ...list.slice(index)];
}

export function removeItem<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return [...list];
  const moved = removeItem(list, from);
  return insertItem(moved, to, list[from] as T);
}

/** What "Add" puts in a list: the schema's shape with blanks, and as many entries as a nested list needs. */
export function emptyValue(schema: z.ZodTypeAny, evenIfOptional = false): unknown {
  const node = describeField(schema);
  if (node.optional && !evenIfOptional) return undefined;
  switch (node.kind) {
    case "text":
      return "";
    case "number":
      return node.min ?? 0;
    case "choice":
      return node.options[0];
    case "figure":
      return { value: 0, unit: "", source: "user" } satisfies Figure;
    case "list":
      return Array.from({ length: node.min }, () => emptyValue(node.item));
    case "object":
      return Object.fromEntries(
        Object.entries(node.shape)
          .map(([key, field]) => [key, emptyValue(field)] as const)
          .filter(([, value]) => value !== undefined),
      );
    default:
      return undefined;
  }
}

/**
 * The owner typed a new number into a figure: it is now theirs ("stated by you"),
 * and the model's reasoning for its own number no longer describes it.
 */
export function editFigureValue(figure: Figure, value: number): Figure {
  if (figure.source === "user") return { ...figure, value };
  const { basis, ...rest } = figure;
  return { ...rest, value, source: "user" };
}

/**
 * The section to send from what the form holds: optional text left empty is
 * left out (the schema refuses an empty string where it wants text or nothing),
 * and the budget's computed parts, shown read-only, stay behind.
 */
export function toSectionValue(section: SectionKey, value: unknown): unknown {
  const clean = prune(SECTION_DRAFT_SCHEMAS[section] as z.ZodTypeAny, value);
  if (section !== "budget" || !isContainer(clean) || Array.isArray(clean)) return clean;
  const { allocations, currency, ...editable } = clean;
  return editable;
}

function prune(schema: z.ZodTypeAny, value: unknown): unknown {
  const node = describeField(schema);
  if (node.optional && (value === "" || value === null)) return undefined;
  if (node.kind === "list" && Array.isArray(value)) return value.map((item) => prune(node.item, item));
  if (node.kind === "figure" && isContainer(value) && !Array.isArray(value)) {
    const { basis, ...rest } = value;
    return basis === "" || basis === undefined ? rest : { ...rest, basis };
  }
  if (node.kind === "object" && isContainer(value) && !Array.isArray(value)) {
    const entries = Object.entries(value).map(([key, field]) => {
      const fieldSchema = node.shape[key];
      return [key, fieldSchema ? prune(fieldSchema, field) : field] as const;
    });
    return Object.fromEntries(entries.filter(([, field]) => field !== undefined));
  }
  return value;
}
