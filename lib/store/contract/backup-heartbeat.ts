import { describe, expect, it } from "vitest";
import type { BackupHeartbeat } from "../types";
import { type ContractContext, NOW } from "./context";

const heartbeat = (at: string, location: string): BackupHeartbeat => ({ at, kind: "sqlite", location, bytes: 1234 });

export function describeBackupHeartbeatContract(ctx: ContractContext): void {
  describe("backup heartbeat", () => {
    it("is null until a backup is recorded, then the latest one, seen by another instance", async () => {
      const store = ctx.store();
      expect(await store.getLastBackupHeartbeat()).toBeNull();
      await store.recordBackupHeartbeat({ heartbeat: heartbeat("2026-11-25T03:00:00.000Z", "marketplan-a") });
      await store.recordBackupHeartbeat({ heartbeat: heartbeat(NOW.toISOString(), "marketplan-b") });
      const peer = await ctx.peer();
      expect(await peer.getLastBackupHeartbeat()).toEqual(heartbeat(NOW.toISOString(), "marketplan-b"));
    });

    it("never moves back for an older backup reported late", async () => {
      const store = ctx.store();
      await store.recordBackupHeartbeat({ heartbeat: heartbeat("2026-11-26T03:00:00.000Z", "new") });
      await store.recordBackupHeartbeat({ heartbeat: heartbeat("2026-11-25T03:00:00.000Z", "old") });
      expect((await store.getLastBackupHeartbeat())?.location).toBe("new");
    });

    it("refuses a heartbeat without a valid time and keeps the one it had", async () => {
      const store = ctx.store();
      await store.recordBackupHeartbeat({ heartbeat: heartbeat("2026-11-26T03:00:00.000Z", "kept") });
      await expect(store.recordBackupHeartbeat({ heartbeat: heartbeat("yesterday", "bad") })).rejects.toMatchObject({
        code: "validation_failed",
      });
      expect((await store.getLastBackupHeartbeat())?.location).toBe("kept");
    });
  });
}
