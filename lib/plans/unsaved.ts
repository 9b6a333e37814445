import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { identityKeyForSigning } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { getStore } from "@/lib/store";
import { type PlanRecord, PlanRecordSchema } from "./schema";

/**
 * When the store is down, a finished plan goes to the browser unsaved, with a
 * signature, so the browser can keep it and hand it back later. The signature
 * proves the server wrote that exact record for that owner: nobody can save a
 * plan (or a model's name on it) that the server did not produce.
 */
export function signUnsavedPlan(record: PlanRecord): string {
  return createHmac("sha256", identityKeyForSigning())
    .update(`unsaved-plan:${JSON.stringify(record)}`)
    .digest("base64url");
}

function verify(recordJson: unknown, signature: string): boolean {
  const expected = Buffer.from(
    createHmac("sha256", identityKeyForSigning())
      .update(`unsaved-plan:${JSON.stringify(recordJson)}`)
      .digest("base64url"),
  );
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Saves a plan the browser kept while the store was down. Saving the same plan
 * twice is harmless (the store accepts an identical record again), so a browser
 * that retries after a lost answer never creates a duplicate.
 */
export async function saveUnsavedPlan(args: { record: unknown; signature: string; userId: string }): Promise<PlanRecord> {
  if (!verify(args.record, args.signature)) {
    throw new AppError("bad_request", "This plan was not produced by this server, or was changed since: it cannot be saved.");
  }
  const record = PlanRecordSchema.parse(args.record);
  if (record.ownerId !== args.userId) throw new AppError("not_found", "No plan with that id.");
  await getStore().createPlan({ record });
  return record;
}
