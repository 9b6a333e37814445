import "server-only";
import type Database from "better-sqlite3";
import { type MinuteRollup, MinuteRollupSchema, type RollupCounters } from "../observability-records";
import { byMinuteThenInstance, checkRollup } from "../observability-rules";
import { readBack } from "../store-rules";

type RollupRow = { instanceId: string; minute: string; key: string; value: number };

/** Per-minute rollups: one row per instance, minute and counter key, added to in place. */
export class SqliteRollups {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      add: db.prepare(
        `INSERT INTO metric_rollups (instance_id, minute, key, value) VALUES (?, ?, ?, ?)
         ON CONFLICT (instance_id, minute, key) DO UPDATE SET value = value + excluded.value`,
      ),
      list: db.prepare(
        `SELECT instance_id AS instanceId, minute, key, value FROM metric_rollups
         WHERE minute >= ? AND minute < ? ORDER BY minute, instance_id, key`,
      ),
      countBefore: db.prepare(
        "SELECT COUNT(*) AS n FROM (SELECT DISTINCT instance_id, minute FROM metric_rollups WHERE minute < ?)",
      ),
      purge: db.prepare("DELETE FROM metric_rollups WHERE minute < ?"),
    };
  }

  addRollup(args: { instanceId: string; minute: Date; counters: RollupCounters }): void {
    const { instanceId, minute, counters } = checkRollup(args);
    const add = this.db.transaction(() => {
      for (const [key, value] of Object.entries(counters)) this.statements.add.run(instanceId, minute, key, value);
    });
    add.immediate();
  }

  listRollups({ from, to }: { from: Date; to: Date }): MinuteRollup[] {
    const rows = this.statements.list.all(from.toISOString(), to.toISOString()) as RollupRow[];
    const rollups: MinuteRollup[] = [];
    let current: MinuteRollup | undefined;
    for (const row of rows) {
      if (current?.instanceId !== row.instanceId || current.minute !== row.minute) {
        current = { instanceId: row.instanceId, minute: row.minute, counters: {} };
        rollups.push(current);
      }
      current.counters[row.key] = row.value;
    }
    return rollups
      .map((rollup) => readBack(MinuteRollupSchema, rollup, `rollup ${rollup.instanceId} ${rollup.minute}`))
      .sort(byMinuteThenInstance);
  }

  /** Counts instance-minute records, not counter rows. */
  purgeRollups({ before }: { before: Date }): number {
    const purge = this.db.transaction(() => {
      const { n } = this.statements.countBefore.get(before.toISOString()) as { n: number };
      this.statements.purge.run(before.toISOString());
      return n;
    });
    return purge.immediate();
  }
}
