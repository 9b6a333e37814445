import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { type PlanSort, PlanSortSchema } from "./plan-listing";

/**
 * Where a page of an owner's plans ends: the sort, the last plan's sort key
 * (createdAt, updatedAt or folded title) and id, and a tag of the search, so a
 * cursor is never read under another order or search. Cursors from before
 * sorting existed carry only createdAt and id: they are "newest", unsearched.
 */
const PlanCursorSchema = z.union([
  z.object({
    k: z.literal("plans"),
    s: PlanSortSchema,
    v: z.string().max(1000),
    id: z.string().min(1),
    q: z.string().max(40),
  }),
  z
    .object({ k: z.literal("plans"), createdAt: z.string().datetime(), id: z.string().min(1) })
    .transform(({ k, createdAt, id }) => ({ k, s: "newest" as const, v: createdAt, id, q: "" })),
]);
/** Where a page of versions ends: the last version number shown. */
const VersionCursorSchema = z.object({ k: z.literal("versions"), version: z.number().int().positive() });

function encode(value: unknown): string {
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
}

function decode<S extends z.ZodTypeAny>(schema: S, cursor: string): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    json = undefined;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new AppError("bad_request", "The page cursor is invalid; start again from the first page.");
  return parsed.data;
}

/** A short tag of the search words: a cursor only continues the search it was made for. */
function searchTag(words: readonly string[]): string {
  return words.length === 0 ? "" : createHash("sha256").update(words.join(" ")).digest("base64url").slice(0, 16);
}

/** Where a plan stands in one order. */
export interface PlanPosition {
  /** createdAt or updatedAt (ISO), or the folded title, depending on the sort. */
  key: string;
  id: string;
}

export function encodePlanCursor(args: { sort: PlanSort; words: readonly string[]; last: PlanPosition }): string {
  return encode({ k: "plans", s: args.sort, v: args.last.key, id: args.last.id, q: searchTag(args.words) });
}

/** The position a cursor continues from; 400 when it is malformed or was made for another sort or search. */
export function decodePlanCursor(cursor: string, expected: { sort: PlanSort; words: readonly string[] }): PlanPosition {
  const { s, v, id, q } = decode(PlanCursorSchema, cursor);
  if (s !== expected.sort) {
    throw new AppError(
      "bad_request",
      `That page cursor belongs to the "${s}" order, not "${expected.sort}"; start again from the first page.`,
    );
  }
  if (q !== searchTag(expected.words)) {
    throw new AppError("bad_request", "That page cursor belongs to another search; start again from the first page.");
  }
  if (s !== "title" && Number.isNaN(Date.parse(v))) {
    throw new AppError("bad_request", "The page cursor is invalid; start again from the first page.");
  }
  return { key: v, id };
}

export function encodeVersionCursor(version: number): string {
  return encode({ k: "versions", version });
}

export function decodeVersionCursor(cursor: string): number {
  return decode(VersionCursorSchema, cursor).version;
}

/** Stores fetch one row more than asked; this turns that into a page and its cursor. */
export function toPage<T>(rows: T[], limit: number, cursorOf: (last: T) => string): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last !== undefined ? cursorOf(last) : null };
}

/** Page sizes callers may ask for; anything else is a bug in the caller. */
export function checkPageLimit(limit: number, max = 500): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw new AppError("bad_request", `Page size must be a whole number from 1 to ${max}, not ${limit}.`);
  }
  return limit;
}
