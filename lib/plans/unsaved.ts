import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { identityKeyForSigning, identityKeysForVerifying } from "@/lib/auth";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { getStore } from "@/lib/store";
import { samePlanRecord } from "@/lib/store/store-rules";
import { type PlanRecord, PlanRecordSchema } from "./schema";

/**
 * When the store is down, a finished plan goes to the browser unsaved, with a
 * signature, so the browser can keep it and hand it back later. The signature
 * proves the server wrote that exact record for that owner: nobody can save a
 * plan (or a model's name on it) that the server did not produce.
 */
export function signUnsavedPlan(record: PlanRecord): string {
  return signWith(identityKeyForSigning(), record);
}

const signWith = (key: Buffer, recordJson: unknown) =>
  createHmac("sha256", key)
    .update(`unsaved-plan:${JSON.stringify(recordJson)}`)
    .digest("base64url");

/** Signed with the current key, or with the previous one during an APP_SECRET rotation. */
function verify(recordJson: unknown, signature: string): boolean {
  const given = Buffer.from(signature);
  return identityKeysForVerifying().some((key) => {
    const expected = Buffer.from(signWith(key, recordJson));
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/**
 * Saves a plan the browser kept while the store was down. The record is
 * validated before its signature is computed over it (readJsonBody has already
 * bounded its depth). Saving the same plan again answers `created: false`, so a
 * browser that retries after a lost answer never creates a duplicate; a plan
 * edited or deleted since it was first saved answers 409, and a signature older
 * than UNSAVED_PLAN_MAX_AGE_HOURS answers 410: both tell the browser to drop it.
 */
export async function saveUnsavedPlan(args: {
  record: unknown;
  signature: string;
  userId: string;
  now?: Date;
}): Promise<{ record: PlanRecord; created: boolean }> {
  const parsed = PlanRecordSchema.safeParse(args.record);
  if (!parsed.success) throw AppError.fromZod(parsed.error, "The saved plan");
  if (!verify(args.record, args.signature)) {
    throw new AppError("bad_request", "This plan was not produced by this server, or was changed since: it cannot be saved.");
  }
  const record = parsed.data;
  if (record.ownerId !== args.userId) throw new AppError("not_found", "No plan with that id.");
  const maxAgeHours = getEnv().UNSAVED_PLAN_MAX_AGE_HOURS;
  if ((args.now ?? new Date()).getTime() - Date.parse(record.createdAt) > maxAgeHours * 3_600_000) {
    throw new AppError(
      "gone",
      `This plan was kept in the browser for more than ${maxAgeHours} hours, so it can no longer be saved. Generate it again.`,
    );
  }
  const store = getStore();
  const existing = await store.getPlanById({ id: record.id, includeDeleted: true });
  if (existing) {
    if (samePlanRecord(existing, record)) return { record, created: false };
    throw editedSince(existing);
  }
  try {
    await store.createPlan({ record });
  } catch (error) {
    // Another tab saved it and edited it between our read and our write.
    if (error instanceof AppError && error.code === "conflict") throw editedSince(null);
    throw error;
  }
  return { record, created: true };
}

function editedSince(existing: PlanRecord | null): AppError {
  return new AppError(
    "conflict",
    existing?.deletedAt
      ? "This plan was saved and then deleted, so this browser's copy is not saved again."
      : "This plan is already saved and was changed since: open it from My plans.",
  );
}
