import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { type ScheduleInput, scheduleOf } from "@/lib/export/exportable";
import { getStore } from "@/lib/store";
import type { PlanRecord } from "./schema";
import { requireOwnPlan } from "./service";

/** 256 random bits; only their SHA-256 is stored, so a copy of the database reveals no link. */
export const ShareTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { message: "That share link is malformed." });

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Creates a read-only link to an owner's plan and returns its token (shown once). */
export async function createShareLink(args: { id: string; userId: string }): Promise<{ token: string }> {
  await requireOwnPlan(args);
  const token = randomBytes(32).toString("base64url");
  await getStore().createShareLink({
    link: {
      tokenHash: hashToken(token),
      planId: args.id,
      ownerId: args.userId,
      createdAt: new Date().toISOString(),
      revokedAt: null,
    },
  });
  return { token };
}

export async function revokeShareLinks(args: { id: string; userId: string }): Promise<number> {
  await requireOwnPlan(args);
  return getStore().revokeShareLinks({ planId: args.id, at: new Date() });
}

/** What a share link shows: the plan and how it was written, nothing about its owner. */
export type SharedPlan = Pick<
  PlanRecord,
  "title" | "plan" | "generation" | "completeness" | "provenanceFixes" | "version" | "createdAt" | "updatedAt"
> & { language: string | undefined; schedule: ScheduleInput };

/** The plan behind a live share link, or null (malformed, unknown, revoked, or the plan deleted). */
export async function getSharedPlan({ token }: { token: string }): Promise<SharedPlan | null> {
  if (!ShareTokenSchema.safeParse(token).success) return null;
  const link = await getStore().getShareLink({ tokenHash: hashToken(token) });
  if (!link || link.revokedAt) return null;
  const record = await getStore().getPlanById({ id: link.planId });
  if (!record || record.ownerId !== link.ownerId) return null;
  const { title, plan, generation, completeness, provenanceFixes, version, createdAt, updatedAt } = record;
  return {
    title,
    plan,
    generation,
    completeness,
    provenanceFixes,
    version,
    createdAt,
    updatedAt,
    language: record.input.language,
    schedule: scheduleOf(record.input),
  };
}
