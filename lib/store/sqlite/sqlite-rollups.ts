import "server-only";
import type Database from "better-sqlite3";
import { type MinuteRollup, MinuteRollupSchema, type RollupCounters, RollupCountersSchema } from "../observability-records";
import { addCounters, byMinuteThenInstance, checkRollup, HOUR_MS, wholeHoursWithin } from "../observability-rules";
import { readBack } from "../store-rules";

type RollupRow = { instanceId: string; minute: string; counters: string };
type Period = "minute" | "hour";
const TABLES: Record<Period, string> = { minute: "metric_rollup_minutes", hour: "metric_rollup_hours" };

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Per-minute rollups, one row per minute and instance with its counters as a
 * JSON object added to in place, and the same counts per hour so long windows
 * read few rows.
 */
export class SqliteRollups {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    const per = (period: Period) => ({
      read: db.prepare(`SELECT counters FROM ${TABLES[period]} WHERE ${period} = ? AND instance_id = ?`),
      write: db.prepare(
        `INSERT INTO ${TABLES[period]} (${period}, instance_id, counters) VALUES (?, ?, ?)
         ON CONFLICT (${period}, instance_id) DO UPDATE SET counters = excluded.counters`,
      ),
      list: db.prepare(
        `SELECT instance_id AS instanceId, ${period} AS minute, counters FROM ${TABLES[period]}
         WHERE ${period} >= ? AND ${period} < ? ORDER BY ${period}, instance_id`,
      ),
    });
    this.statements = {
      minute: per("minute"),
      hour: per("hour"),
      purgeMinutes: db.prepare("DELETE FROM metric_rollup_minutes WHERE minute < ?"),
      purgeHours: db.prepare("DELETE FROM metric_rollup_hours WHERE hour <= ?"),
    };
  }

  private add(period: Period, start: string, instanceId: string, counters: RollupCounters): void {
    const { read, write } = this.statements[period];
    const row = read.get(start, instanceId) as { counters: string } | undefined;
    const sum = row ? readBack(RollupCountersSchema, JSON.parse(row.counters), `rollup ${instanceId} ${start}`) : {};
    write.run(start, instanceId, JSON.stringify(addCounters(sum, counters)));
  }

  private read(period: Period, from: string, to: string): MinuteRollup[] {
    const rows = this.statements[period].list.all(from, to) as RollupRow[];
    return rows.map((row) =>
      readBack(MinuteRollupSchema, { ...row, counters: JSON.parse(row.counters) }, `rollup ${row.instanceId} ${row.minute}`),
    );
  }

  /** Read, add and write under the write lock (BEGIN IMMEDIATE), so concurrent processes add up. */
  addRollup(args: { instanceId: string; minute: Date; counters: RollupCounters }): void {
    const { instanceId, minute, counters } = checkRollup(args);
    if (Object.keys(counters).length === 0) return;
    const minuteMs = Date.parse(minute);
    const hour = iso(minuteMs - (minuteMs % HOUR_MS));
    const add = this.db.transaction(() => {
      this.add("minute", minute, instanceId, counters);
      this.add("hour", hour, instanceId, counters);
    });
    add.immediate();
  }

  listRollups({ from, to }: { from: Date; to: Date }): MinuteRollup[] {
    return this.read("minute", from.toISOString(), to.toISOString()).sort(byMinuteThenInstance);
  }

  /** Whole hours inside the window from hourly rows, the minutes at either edge from minute rows. */
  sumRollupCounters({ from, to }: { from: Date; to: Date }): RollupCounters {
    const { hours, edges } = wholeHoursWithin(from.getTime(), to.getTime());
    const rollups = edges.flatMap((edge) => this.read("minute", iso(edge.from), iso(edge.to)));
    if (hours) rollups.push(...this.read("hour", iso(hours.from), iso(hours.to)));
    const sum: RollupCounters = {};
    for (const rollup of rollups) addCounters(sum, rollup.counters);
    return sum;
  }

  /** Minute rows before `before`, and hour rows of the hours that ended by then (as Firestore does). */
  purgeRollups({ before }: { before: Date }): number {
    const purge = this.db.transaction(() => {
      this.statements.purgeHours.run(iso(before.getTime() - HOUR_MS));
      return this.statements.purgeMinutes.run(before.toISOString()).changes;
    });
    return purge.immediate();
  }
}
