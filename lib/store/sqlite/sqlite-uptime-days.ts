import "server-only";
import type Database from "better-sqlite3";
import { readBack } from "../store-rules";
import { checkUptimeDayRange, checkUptimeDays, type UptimeDay, UptimeDaySchema } from "../uptime-days";

/** Daily uptime: one row per day and component, written once (a second write of the same day is ignored). */
export class SqliteUptimeDays {
  private readonly statements;
  private readonly insertAll;

  constructor(db: Database.Database) {
    this.statements = {
      insert: db.prepare(
        "INSERT INTO uptime_days (day, component, checks, passed) VALUES (@day, @component, @checks, @passed) ON CONFLICT DO NOTHING",
      ),
      list: db.prepare(
        "SELECT day, component, checks, passed FROM uptime_days WHERE day >= ? AND day <= ? ORDER BY day, component",
      ),
    };
    this.insertAll = db.transaction((days: UptimeDay[]) => {
      for (const day of days) this.statements.insert.run(day);
    });
  }

  saveUptimeDays({ days }: { days: readonly UptimeDay[] }): void {
    const valid = checkUptimeDays(days);
    if (valid.length > 0) this.insertAll.immediate(valid);
  }

  listUptimeDays(range: { fromDay: string; toDay: string }): UptimeDay[] {
    const { fromDay, toDay } = checkUptimeDayRange(range);
    return this.statements.list.all(fromDay, toDay).map((row) => readBack(UptimeDaySchema, row, "uptime day"));
  }
}
