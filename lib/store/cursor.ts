import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";

/** Where a page of an owner's plans ends: the last plan's createdAt and id. */
const PlanCursorSchema = z.object({ k: z.literal("plans"), createdAt: z.string().datetime(), id: z.string().min(1) });
/** Where a page of versions ends: the last version number shown. */
const VersionCursorSchema = z.object({ k: z.literal("versions"), version: z.number().int().positive() });

function encode(value: unknown): string {
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
}

function decode<T>(schema: z.ZodType<T>, cursor: string): T {
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

export function encodePlanCursor(last: { createdAt: string; id: string }): string {
  return encode({ k: "plans", createdAt: last.createdAt, id: last.id });
}

export function decodePlanCursor(cursor: string): { createdAt: string; id: string } {
  const { createdAt, id } = decode(PlanCursorSchema, cursor);
  return { createdAt, id };
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
