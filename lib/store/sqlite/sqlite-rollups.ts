import "server-only";
import type Database from "better-sqlite3";
import { type MinuteRollup, MinuteRollupSchema, type RollupCounters, RollupCountersSchema } from "../observability-records";
import { byMinuteThenInstance, checkRollup } from "../observability-rules";
import { readBack } from "../store-rules";

type RollupRow = { instanceId: string; minute: string; counters: string };

/** Per-minute rollups: one row per minute and instance, its counters a JSON object added to in place. */
export class SqliteRollups {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      read: db.prepare("SELECT counters FROM metric_rollup_minutes WHERE minute = ? AND instance_id = ?"),
      write: db.prepare(
        `INSERT INTO metric_rollup_minutes (minute, instance_id, counters) VALUES (?, ?, ?)
         ON CONFLICT (minute, instance_id) DO UPDATE SET counters = excluded.counters`,
      ),
      list: db.prepare(
        `SELECT instance_id AS instanceId, minute, counters FROM metric_rollup_minutes
         WHERE minute >= ? AND minute < ? ORDER BY minute, instance_id`,
      ),
      // json_each spreads each minute's counters into rows; SQLite sums them without a row reaching JavaScript.
      sum: db.prepare(
        `SELECT counter.key AS key, SUM(counter.value) AS value FROM metric_rollup_minutes, json_each(counters) AS counter
         WHERE minute >= ? AND minute < ? GROUP BY counter.key`,
      ),
      purge: db.prepare("DELETE FROM metric_rollup_minutes WHERE minute < ?"),
    };
  }

  /** Read, add and write under the write lock (BEGIN IMMEDIATE), so concurrent processes add up. */
  addRollup(args: { instanceId: string; minute: Date; counters: RollupCounters }): void {
    const { instanceId, minute, counters } = checkRollup(args);
    if (Object.keys(counters).length === 0) return;
    const add = this.db.transaction(() => {
      const row = this.statements.read.get(minute, instanceId) as { counters: string } | undefined;
      const sum = row ? readBack(RollupCountersSchema, JSON.parse(row.counters), `rollup ${instanceId} ${minute}`) : {};
      for (const [key, value] of Object.entries(counters)) sum[key] = (sum[key] ?? 0) + value;
      this.statements.write.run(minute, instanceId, JSON.stringify(sum));
    });
    add.immediate();
  }

  listRollups({ from, to }: { from: Date; to: Date }): MinuteRollup[] {
    const rows = this.statements.list.all(from.toISOString(), to.toISOString()) as RollupRow[];
    return rows
      .map((row) =>
        readBack(MinuteRollupSchema, { ...row, counters: JSON.parse(row.counters) }, `rollup ${row.instanceId} ${row.minute}`),
      )
      .sort(byMinuteThenInstance);
  }

  sumRollupCounters({ from, to }: { from: Date; to: Date }): RollupCounters {
    const rows = this.statements.sum.all(from.toISOString(), to.toISOString()) as { key: string; value: number }[];
    const sum = Object.fromEntries(rows.map((row) => [row.key, row.value]));
    return readBack(RollupCountersSchema, sum, "rollup sum");
  }

  purgeRollups({ before }: { before: Date }): number {
    return this.statements.purge.run(before.toISOString()).changes;
  }
}
