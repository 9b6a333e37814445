import { describe, expect, it } from "vitest";
import type { TransferToken } from "../transfer-records";
import { type ContractContext, minutesAfter } from "./context";

const hash = (n: number) => n.toString(16).padStart(64, "c");

export function describeTransferTokenContract(ctx: ContractContext): void {
  describe("transfer tokens", () => {
    const token = (n: number, expiresInMinutes: number): TransferToken => ({
      tokenHash: hash(n),
      ownerId: `owner-${n}`,
      createdAt: minutesAfter(0).toISOString(),
      expiresAt: minutesAfter(expiresInMinutes).toISOString(),
      usedAt: null,
    });

    it("redeems a live code exactly once, naming its owner", async () => {
      const store = ctx.store();
      await store.createTransferToken({ token: token(1, 15) });
      const at = minutesAfter(5);
      const results = await Promise.all([
        store.redeemTransferToken({ tokenHash: hash(1), at }),
        store.redeemTransferToken({ tokenHash: hash(1), at }),
      ]);
      const won = results.filter((r) => r !== null);
      expect(won).toEqual([{ ...token(1, 15), usedAt: at.toISOString() }]);
      expect(await store.redeemTransferToken({ tokenHash: hash(1), at: minutesAfter(6) })).toBeNull();
    });

    it("refuses an expired, unknown or malformed code", async () => {
      const store = ctx.store();
      await store.createTransferToken({ token: token(2, 15) });
      expect(await store.redeemTransferToken({ tokenHash: hash(2), at: minutesAfter(15) })).toBeNull();
      expect(await store.redeemTransferToken({ tokenHash: hash(9), at: minutesAfter(1) })).toBeNull();
      expect(await store.redeemTransferToken({ tokenHash: "../plans", at: minutesAfter(1) })).toBeNull();
      await expect(store.createTransferToken({ token: token(2, 15) })).rejects.toThrow(/already exists/);
    });
  });
}
