import "server-only";
import type Database from "better-sqlite3";
import { AppError } from "@/lib/errors";
import { type Incident, type IncidentInput, IncidentSchema, type IncidentUpdateInput } from "../observability-records";
import {
  checkIncidentTransition,
  checkIncidentUpdate,
  nextIncidentState,
  normalizeIncident,
  sameIncident,
} from "../observability-rules";
import { readBack } from "../store-rules";
import { isConstraintViolation } from "./sqlite-database";

/** Incidents: the record as JSON, with the columns the window and dedup queries filter on. */
export class SqliteIncidents {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      insert: db.prepare(
        "INSERT INTO incidents (id, created_at, resolved_at, dedup_key, doc) VALUES (@id, @createdAt, @resolvedAt, @dedupKey, @doc)",
      ),
      update: db.prepare("UPDATE incidents SET resolved_at = @resolvedAt, doc = @doc WHERE id = @id"),
      read: db.prepare("SELECT doc FROM incidents WHERE id = ?"),
      overlapping: db.prepare(
        `SELECT doc FROM incidents WHERE created_at < ? AND (resolved_at IS NULL OR resolved_at >= ?)
         ORDER BY created_at DESC, id DESC`,
      ),
      openByDedupKey: db.prepare(
        "SELECT doc FROM incidents WHERE dedup_key = ? AND resolved_at IS NULL ORDER BY created_at DESC, id DESC LIMIT 1",
      ),
    };
  }

  private parse(doc: string, what: string): Incident {
    return readBack(IncidentSchema, JSON.parse(doc), what) as Incident;
  }

  private read(id: string): Incident | null {
    const row = this.statements.read.get(id) as { doc: string } | undefined;
    return row ? this.parse(row.doc, `incident ${id}`) : null;
  }

  private row(incident: Incident) {
    return {
      id: incident.id,
      createdAt: incident.createdAt,
      resolvedAt: incident.resolvedAt,
      dedupKey: incident.dedupKey,
      doc: JSON.stringify(incident),
    };
  }

  /** Creating the identical incident again is a no-op, so a retried call is safe. */
  createIncident({ incident }: { incident: IncidentInput }): void {
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

  /** Read, change and write under the write lock: a concurrent transition sees this one's result. */
  transitionIncident({ id, change }: { id: string; change: (current: Incident) => IncidentInput }): Incident | null {
    const transition = this.db.transaction((): Incident | null => {
      const current = this.read(id);
      if (!current) return null;
      const next = checkIncidentTransition(current, change(structuredClone(current)));
      this.statements.update.run(this.row(next));
      return next;
    });
    return transition.immediate();
  }

  addIncidentUpdate({ id, update }: { id: string; update: IncidentUpdateInput }): Incident | null {
    const valid = checkIncidentUpdate(update);
    return this.transitionIncident({ id, change: (current) => nextIncidentState(current, valid) });
  }

  findOpenIncidentByDedupKey({ dedupKey }: { dedupKey: string }): Incident | null {
    const row = this.statements.openByDedupKey.get(dedupKey) as { doc: string } | undefined;
    return row ? this.parse(row.doc, "incident") : null;
  }

  listIncidents({ since, until }: { since: Date; until: Date }): Incident[] {
    const rows = this.statements.overlapping.all(until.toISOString(), since.toISOString()) as { doc: string }[];
    return rows.map((row) => this.parse(row.doc, "incident"));
  }
}
