import "server-only";
import { type DocumentData, type Firestore, Timestamp } from "firebase-admin/firestore";
import { AppError } from "@/lib/errors";
import { type Incident, type IncidentInput, IncidentSchema, type IncidentUpdateInput } from "../observability-records";
import {
  byNewest,
  checkIncidentTransition,
  checkIncidentUpdate,
  isStorableIncidentId,
  nextIncidentState,
  normalizeIncident,
  overlapsWindow,
  sameIncident,
} from "../observability-rules";
import { readBack } from "../store-rules";
import { toTimestamp } from "./firestore-convert";
import { COLLECTIONS, isAlreadyExists, TRANSACTION_OPTIONS } from "./firestore-db";
import type { KeyedQueue } from "./keyed-queue";

const iso = (value: unknown) => (value instanceof Timestamp ? value.toDate().toISOString() : value);
const maybeTimestamp = (value: string | null) => (value === null ? null : toTimestamp(value));

function toIncidentDoc(incident: Incident): DocumentData {
  return {
    ...incident,
    createdAt: toTimestamp(incident.createdAt),
    startedAt: toTimestamp(incident.startedAt),
    acknowledgedAt: maybeTimestamp(incident.acknowledgedAt),
    resolvedAt: maybeTimestamp(incident.resolvedAt),
    updates: incident.updates.map((update) => ({ ...update, createdAt: toTimestamp(update.createdAt) })),
  };
}

function fromIncidentDoc(data: DocumentData, id: string): Incident {
  const updates: unknown = data.updates;
  const value = {
    ...data,
    createdAt: iso(data.createdAt),
    startedAt: iso(data.startedAt),
    acknowledgedAt: iso(data.acknowledgedAt),
    resolvedAt: iso(data.resolvedAt),
    updates: Array.isArray(updates)
      ? updates.map((update: DocumentData) => ({ ...update, createdAt: iso(update.createdAt) }))
      : updates,
  };
  return readBack(IncidentSchema, value, `incident ${id}`) as Incident;
}

/**
 * Incidents at `incidents/{id}`: the Incident with Timestamps, its updates an
 * array in the document (append-only, a handful per incident).
 */
export class FirestoreIncidents {
  constructor(
    private readonly db: Firestore,
    private readonly queue: KeyedQueue,
  ) {}

  private incident(id: string) {
    return this.db.collection(COLLECTIONS.incidents).doc(id);
  }

  /** Creating the identical incident again is a no-op, so a retried call is safe. */
  async createIncident({ incident }: { incident: IncidentInput }): Promise<void> {
    const valid = normalizeIncident(incident);
    try {
      await this.incident(valid.id).create(toIncidentDoc(valid));
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
      const existing = await this.getIncident({ id: valid.id });
      if (existing && sameIncident(existing, valid)) return;
      throw new AppError("internal", `A different incident with id ${valid.id} already exists`, { cause: error });
    }
  }

  async getIncident({ id }: { id: string }): Promise<Incident | null> {
    if (!isStorableIncidentId(id)) return null;
    const data = (await this.incident(id).get()).data();
    return data ? fromIncidentDoc(data, id) : null;
  }

  /** In a transaction: of two instances making the same transition, the second reads the first's result. */
  async transitionIncident({
    id,
    change,
  }: {
    id: string;
    change: (current: Incident) => IncidentInput;
  }): Promise<Incident | null> {
    if (!isStorableIncidentId(id)) return null;
    const ref = this.incident(id);
    return this.queue.run(`incident:${id}`, () =>
      this.db.runTransaction(async (tx) => {
        const data = (await tx.get(ref)).data();
        if (!data) return null;
        const current = fromIncidentDoc(data, id);
        const next = checkIncidentTransition(current, change(structuredClone(current)));
        tx.set(ref, toIncidentDoc(next));
        return next;
      }, TRANSACTION_OPTIONS),
    );
  }

  async addIncidentUpdate({ id, update }: { id: string; update: IncidentUpdateInput }): Promise<Incident | null> {
    const valid = checkIncidentUpdate(update);
    return this.transitionIncident({ id, change: (current) => nextIncidentState(current, valid) });
  }

  /** A single-field query (no composite index): incidents with the key are few, the open one is picked here. */
  async findOpenIncidentByDedupKey({ dedupKey }: { dedupKey: string }): Promise<Incident | null> {
    const found = await this.db.collection(COLLECTIONS.incidents).where("dedupKey", "==", dedupKey).get();
    const open = found.docs.map((doc) => fromIncidentDoc(doc.data(), doc.id)).filter((incident) => incident.resolvedAt === null);
    return open.sort(byNewest)[0] ?? null;
  }

  /**
   * Two single-field queries instead of an OR across fields: the incidents
   * still open, and those resolved since the window began; both are few, so
   * the creation bound is applied here.
   */
  async listIncidents({ since, until }: { since: Date; until: Date }): Promise<Incident[]> {
    const incidents = this.db.collection(COLLECTIONS.incidents);
    const [open, resolved] = await Promise.all([
      incidents.where("resolvedAt", "==", null).get(),
      incidents.where("resolvedAt", ">=", Timestamp.fromDate(since)).get(),
    ]);
    const found = [...open.docs, ...resolved.docs].map((doc) => fromIncidentDoc(doc.data(), doc.id));
    return found.filter((incident) => overlapsWindow(incident, since, until)).sort(byNewest);
  }
}
