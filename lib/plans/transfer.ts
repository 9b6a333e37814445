import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { getStore } from "@/lib/store";

/** How long a transfer code works: long enough to open it on a phone, short enough not to linger. */
export const TRANSFER_MINUTES = 15;

/** 15 random bytes as base64url: 20 characters, 120 bits. */
export const TransferCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{20}$/, { message: "A transfer code is 20 letters, digits, - or _, as shown on the other browser." });

const hashCode = (code: string) => createHash("sha256").update(code).digest("hex");

/**
 * A one-time code that adds this browser's plans to another browser (local
 * mode, where plans belong to the browser that wrote them). Only its hash is
 * stored; it expires after TRANSFER_MINUTES and works once.
 */
export async function createTransferCode({ userId, now = new Date() }: { userId: string; now?: Date }) {
  const code = randomBytes(15).toString("base64url");
  const expiresAt = new Date(now.getTime() + TRANSFER_MINUTES * 60_000).toISOString();
  await getStore().createTransferToken({
    token: { tokenHash: hashCode(code), ownerId: userId, createdAt: now.toISOString(), expiresAt, usedAt: null },
  });
  return { code, expiresAt };
}

/**
 * Redeems a code in another browser: the owner's identity it names becomes this
 * browser's too, so both see the same plans. A browser that already has plans
 * of its own is refused before the code is used, so nothing it wrote is lost.
 */
export async function redeemTransferCode(args: { code: string; userId: string; now?: Date }): Promise<{ ownerId: string }> {
  const own = await getStore().listPlansByOwner({ ownerId: args.userId, limit: 1 });
  if (own.items.length > 0) {
    throw new AppError(
      "bad_request",
      "This browser already has plans of its own: open the code in a browser without plans, or move these plans the other way.",
      { fields: [{ field: "code", message: "This browser already has plans." }] },
    );
  }
  const token = await getStore().redeemTransferToken({ tokenHash: hashCode(args.code), at: args.now ?? new Date() });
  if (!token) {
    throw new AppError("bad_request", "That code is unknown, expired or already used: make a new one on the other browser.", {
      fields: [{ field: "code", message: "Unknown, expired or already used." }],
    });
  }
  return { ownerId: token.ownerId };
}
