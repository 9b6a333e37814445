import { z } from "zod";

/**
 * The last successful backup, recorded by `ops backup` when it finishes. The
 * alert "no successful backup for 26 hours" reads it (lib/backup/heartbeat.ts).
 */
export const BackupHeartbeatSchema = z.object({
  /** When the backup finished. */
  at: z.string().datetime(),
  /** Which store was backed up: a SQLite file or a Firestore export. */
  kind: z.enum(["sqlite", "firestore"]),
  /** Where the backup is: a backup id or a gs:// export prefix. Never a credential. */
  location: z.string().min(1).max(1_000),
  /** Size of what was stored, when known. */
  bytes: z.number().int().min(0).nullable(),
});
export type BackupHeartbeat = z.infer<typeof BackupHeartbeatSchema>;
