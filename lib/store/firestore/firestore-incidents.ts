import "server-only";
import { type DocumentData, type Firestore, Timestamp } from "firebase-admin/firestore";
import { AppError } from "@/lib/errors";
import { type Incident, IncidentSchema, type IncidentUpdate } from "../observability-records";
import {
  byNewest,
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

function toIncidentDoc(incident: Incident): DocumentData {
  return {
    ...incident,
    createdAt: toTimestamp(incident.createdAt),
    resolvedAt: incident.resolvedAt === null ? null : toTimestamp(incident.resolvedAt),
    updates: incident.updates.map((update) => ({ ...update, createdAt: toTimestamp(update.createdAt) })),
  };
}

function fromIncidentDoc(data: DocumentData, id: string): Incident {
  const updates: unknown = data.updates;
  const value = {
    ...data,
    createdAt: iso(data.createdAt),
    resolvedAt: iso(data.resolvedAt),
    updates: Array.isArray(updates)
      ? updates.map((update: DocumentData) => ({ ...update, createdAt: iso(update.createdAt) }))
      : updates,
  };
  return readBack(IncidentSchema, value, `incident ${id}`);
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
  async createIncident({ incident }: { incident: Incident }): Promise<void> {
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

  async addIncidentUpdate({ id, update }: { id: string; update: IncidentUpdate }): Promise<Incident | null> {
    const valid = checkIncidentUpdate(update);
    if (!isStorableIncidentId(id)) return null;
    const ref = this.incident(id);
    return this.queue.run(`incident:${id}`, () =>
      this.db.runTransaction(async (tx) => {
        const data = (await tx.get(ref)).data();
        if (!data) return null;
        const next = nextIncidentState(fromIncidentDoc(data, id), valid);
        tx.set(ref, toIncidentDoc(next));
        return next;
      }, TRANSACTION_OPTIONS),
    );
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
