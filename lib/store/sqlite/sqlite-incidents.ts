import "server-only";
import type Database from "better-sqlite3";
import { AppError } from "@/lib/errors";
import { type Incident, IncidentSchema, type IncidentUpdate } from "../observability-records";
import { checkIncidentUpdate, nextIncidentState, normalizeIncident, sameIncident } from "../observability-rules";
import { readBack } from "../store-rules";
import { isConstraintViolation } from "./sqlite-database";

/** Incidents: the record as JSON, with the timestamps the window query filters on as columns. */
export class SqliteIncidents {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      insert: db.prepare("INSERT INTO incidents (id, created_at, resolved_at, doc) VALUES (@id, @createdAt, @resolvedAt, @doc)"),
      update: db.prepare("UPDATE incidents SET resolved_at = @resolvedAt, doc = @doc WHERE id = @id"),
      read: db.prepare("SELECT doc FROM incidents WHERE id = ?"),
      overlapping: db.prepare(
        `SELECT doc FROM incidents WHERE created_at < ? AND (resolved_at IS NULL OR resolved_at >= ?)
         ORDER BY created_at DESC, id DESC`,
      ),
    };
  }

  private read(id: string): Incident | null {
    const row = this.statements.read.get(id) as { doc: string } | undefined;
    return row ? readBack(IncidentSchema, JSON.parse(row.doc), `incident ${id}`) : null;
  }

  private row(incident: Incident) {
    return { id: incident.id, createdAt: incident.createdAt, resolvedAt: incident.resolvedAt, doc: JSON.stringify(incident) };
  }

  /** Creating the identical incident again is a no-op, so a retried call is safe. */
  createIncident({ incident }: { incident: Incident }): void {
    const valid = normalizeIncident(incident);
    try {
      this.statements.insert.run(this.row(valid));
    } catch (error) {
      if (!isConstraintViolation(error)) throw error;
      const existing = this.read(valid.id);
      if (existing && sameIncident(existing, valid)) return;
      throw new AppError("internal", `A different incident with id ${valid.id} already exists`, { cause: error });
    }
  }

  getIncident({ id }: { id: string }): Incident | null {
    return this.read(id);
  }

  addIncidentUpdate({ id, update }: { id: string; update: IncidentUpdate }): Incident | null {
    const valid = checkIncidentUpdate(update);
    const append = this.db.transaction((): Incident | null => {
      const current = this.read(id);
      if (!current) return null;
      const next = nextIncidentState(current, valid);
      this.statements.update.run(this.row(next));
      return next;
    });
    return append.immediate();
  }

  listIncidents({ since, until }: { since: Date; until: Date }): Incident[] {
    const rows = this.statements.overlapping.all(until.toISOString(), since.toISOString()) as { doc: string }[];
    return rows.map((row) => readBack(IncidentSchema, JSON.parse(row.doc), "incident"));
  }
}
