import "server-only";
import type Database from "better-sqlite3";
import { type BackupHeartbeat, BackupHeartbeatSchema } from "../backup-heartbeat";
import { normalizeBackupHeartbeat, readBack } from "../store-rules";

/** The backup heartbeat: one row, moved forward only (a late report of an older backup never rewinds it). */
export class SqliteBackupHeartbeat {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      upsert: db.prepare(
        `INSERT INTO backup_heartbeat (id, at, doc) VALUES ('last', @at, @doc)
         ON CONFLICT (id) DO UPDATE SET at = excluded.at, doc = excluded.doc WHERE excluded.at >= backup_heartbeat.at`,
      ),
      read: db.prepare("SELECT doc FROM backup_heartbeat WHERE id = 'last'"),
    };
  }

  record({ heartbeat }: { heartbeat: BackupHeartbeat }): void {
    const valid = normalizeBackupHeartbeat(heartbeat);
    this.statements.upsert.run({ at: valid.at, doc: JSON.stringify(valid) });
  }

  last(): BackupHeartbeat | null {
    const row = this.statements.read.get() as { doc: string } | undefined;
    return row ? readBack(BackupHeartbeatSchema, JSON.parse(row.doc), "backup heartbeat") : null;
  }
}
