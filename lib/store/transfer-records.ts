import { z } from "zod";

/**
 * A one-time code that lets another browser take on this browser's plans
 * (local mode, where plans belong to a browser). Only the SHA-256 of the code
 * is stored; it expires, and redeeming it marks it used, once.
 */
export const TransferTokenSchema = z.object({
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/, "tokenHash must be a SHA-256 hex digest"),
  ownerId: z.string().min(1),
  createdAt: z.string().datetime(),
  expiresAt: z.string().datetime(),
  usedAt: z.string().datetime().nullable(),
});
export type TransferToken = z.infer<typeof TransferTokenSchema>;
