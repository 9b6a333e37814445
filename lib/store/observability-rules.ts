import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import {
  type Incident,
  type IncidentInput,
  IncidentSchema,
  type IncidentUpdate,
  type IncidentUpdateInput,
  IncidentUpdateSchema,
  type Lease,
  LeaseSchema,
  type MinuteRollup,
  MinuteRollupSchema,
  type RollupCounters,
} from "./observability-records";
import { canonicalIso, isStorableUserId, utcDay } from "./store-rules";

// Rules both stores follow for rollups, incidents and analytics reads, so they answer alike.

/**
 * A rollup as the stores keep it. A minute that is not the start of a UTC
 * minute is refused rather than rounded: it means the caller computed its
 * bucket wrongly, and rounding would hide that while booking counts anyway.
 */
export function checkRollup(args: { instanceId: string; minute: Date; counters: RollupCounters }): {
  instanceId: string;
  minute: string;
  counters: RollupCounters;
} {
  if (Number.isNaN(args.minute.getTime()) || args.minute.getTime() % 60_000 !== 0) {
    throw new AppError("bad_request", "A rollup's minute must be the start of a UTC minute (seconds and milliseconds zero).");
  }
  const parsed = MinuteRollupSchema.safeParse({ ...args, minute: args.minute.toISOString() });
  if (!parsed.success) throw AppError.fromZod(parsed.error, "The rollup");
  return parsed.data;
}

export const HOUR_MS = 3_600_000;

/** Adds `counters` into `sum`, key by key. */
export function addCounters(sum: RollupCounters, counters: RollupCounters): RollupCounters {
  for (const [key, value] of Object.entries(counters)) sum[key] = (sum[key] ?? 0) + value;
  return sum;
}

type Range = { from: number; to: number };

/**
 * Splits a window (ms, `to` excluded) into the whole UTC hours inside it and
 * the partial stretches before and after them, for stores that keep hourly totals.
 */
export function wholeHoursWithin(from: number, to: number): { hours: Range | null; edges: Range[] } {
  const firstHour = Math.ceil(from / HOUR_MS) * HOUR_MS;
  const lastHour = Math.floor(to / HOUR_MS) * HOUR_MS;
  if (firstHour >= lastHour) return { hours: null, edges: from < to ? [{ from, to }] : [] };
  const edges = [
    { from, to: firstHour },
    { from: lastHour, to },
  ].filter((edge) => edge.from < edge.to);
  return { hours: { from: firstHour, to: lastHour }, edges };
}

function isCalendarDay(day: string): boolean {
  const midnight = new Date(`${day}T00:00:00.000Z`);
  return !Number.isNaN(midnight.getTime()) && utcDay(midnight) === day;
}

const DaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isCalendarDay);

/** A UTC calendar day `YYYY-MM-DD` that exists; anything else is the caller's mistake. */
export function checkDay(day: string, what: string): string {
  if (!DaySchema.safeParse(day).success) throw new AppError("bad_request", `${what} must be a calendar day, YYYY-MM-DD.`);
  return day;
}

function statusRule(incident: Incident): string | null {
  const last = incident.updates.at(-1);
  if (last?.status !== incident.status) return "status must be the status of its latest update";
  if ((incident.status === "resolved") !== (incident.resolvedAt !== null)) return "resolvedAt is set exactly when it is resolved";
  return null;
}

/** Incident ids follow the user id rule: a valid Firestore document id in both stores. */
export function isStorableIncidentId(id: string): boolean {
  return isStorableUserId(id);
}

/** An incident as the stores keep it: validated, consistent with its updates, timestamps canonical. */
export function normalizeIncident(incident: IncidentInput): Incident {
  const parsed = IncidentSchema.safeParse(incident);
  if (!parsed.success) throw AppError.fromZod(parsed.error, "The incident");
  const valid = parsed.data;
  if (!isStorableIncidentId(valid.id))
    throw new AppError("bad_request", 'An incident id must be 1 to 128 characters without "/".');
  const broken = statusRule(valid);
  if (broken) throw new AppError("bad_request", `The incident is inconsistent: ${broken}.`);
  const canonical = (iso: string | null) => (iso === null ? null : canonicalIso(iso));
  return {
    ...valid,
    createdAt: canonicalIso(valid.createdAt),
    startedAt: canonicalIso(valid.startedAt),
    acknowledgedAt: canonical(valid.acknowledgedAt),
    resolvedAt: canonical(valid.resolvedAt),
    updates: valid.updates.map((update) => ({ ...update, createdAt: canonicalIso(update.createdAt) })),
  };
}

export function sameIncident(a: IncidentInput, b: IncidentInput): boolean {
  return JSON.stringify(normalizeIncident(a)) === JSON.stringify(normalizeIncident(b));
}

/**
 * Checks the state a transition proposes against the current one: identity,
 * opening time and dedup key never change, updates are only ever appended,
 * and an acknowledgement once stamped stays. Anything else is a bug in the
 * caller (internal), never stored.
 */
export function checkIncidentTransition(current: Incident, proposed: IncidentInput): Incident {
  const next = normalizeIncident(proposed);
  const kept = (["id", "createdAt", "dedupKey"] as const).filter((key) => next[key] !== current[key]);
  if (kept.length > 0) throw new AppError("internal", `An incident transition may not change ${kept.join(", ")}`);
  const prefix = next.updates.slice(0, current.updates.length);
  if (JSON.stringify(prefix) !== JSON.stringify(current.updates))
    throw new AppError("internal", "An incident transition may only append updates");
  if (current.acknowledgedAt !== null && next.acknowledgedAt !== current.acknowledgedAt)
    throw new AppError("internal", "An incident transition may not change its acknowledgement");
  return next;
}

/** A lease as the stores keep it; a ttl outside a second to a day is the caller's mistake. */
export function checkLease(args: { name: string; holder: string; ttlMs: number; now: Date }): Lease {
  if (!Number.isFinite(args.ttlMs) || args.ttlMs < 1_000 || args.ttlMs > 86_400_000)
    throw new AppError("bad_request", "A lease's ttlMs must be from 1,000 (a second) to 86,400,000 (a day).");
  const parsed = LeaseSchema.safeParse({
    name: args.name,
    holder: args.holder,
    expiresAt: new Date(args.now.getTime() + args.ttlMs).toISOString(),
  });
  if (!parsed.success) throw AppError.fromZod(parsed.error, "The lease");
  return parsed.data;
}

/** Whether `holder` may take the lease now: free, expired, or already its own. */
export function mayTakeLease(current: Lease | null, holder: string, now: Date): boolean {
  return current === null || current.holder === holder || Date.parse(current.expiresAt) <= now.getTime();
}

export function checkIncidentUpdate(update: IncidentUpdateInput): IncidentUpdate {
  const parsed = IncidentUpdateSchema.safeParse(update);
  if (!parsed.success) throw AppError.fromZod(parsed.error, "The incident update");
  return { ...parsed.data, createdAt: canonicalIso(parsed.data.createdAt) };
}

/**
 * The incident after `update`: appended last (arrival order, whatever its
 * clock says), status moved to the update's. An update that resolves an open
 * incident stamps resolvedAt; a further `resolved` note keeps the first stamp,
 * so resolution times do not grow; any other status reopens and clears it.
 */
export function nextIncidentState(current: Incident, update: IncidentUpdate): Incident {
  const resolvedAt = update.status !== "resolved" ? null : (current.resolvedAt ?? update.createdAt);
  return { ...current, status: update.status, resolvedAt, updates: [...current.updates, update] };
}

/** Created before `until` and not resolved before `since`. */
export function overlapsWindow(incident: Incident, since: Date, until: Date): boolean {
  const created = Date.parse(incident.createdAt);
  return created < until.getTime() && (incident.resolvedAt === null || Date.parse(incident.resolvedAt) >= since.getTime());
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Oldest minute first, then by instance id (UTF-16 order, so both stores agree). */
export function byMinuteThenInstance(a: MinuteRollup, b: MinuteRollup): number {
  return compareText(a.minute, b.minute) || compareText(a.instanceId, b.instanceId);
}

/** Newest first; the id breaks ties so both stores agree. */
export function byNewest(a: Incident, b: Incident): number {
  return compareText(b.createdAt, a.createdAt) || compareText(b.id, a.id);
}
