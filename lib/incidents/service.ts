import "server-only";
import { randomBytes } from "node:crypto";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { getStore } from "@/lib/store";
import type { Incident, IncidentUpdate, Store } from "@/lib/store/types";
import {
  type AcknowledgeIncidentRequest,
  AcknowledgeIncidentRequestSchema,
  type OpenIncidentRequest,
  OpenIncidentRequestSchema,
  type ResolveIncidentRequest,
  ResolveIncidentRequestSchema,
  type UpdateIncidentRequest,
  UpdateIncidentRequestSchema,
} from "./requests";
import { SEVERITIES } from "./severity";

/** Where the service reads and writes, and its clock; the configured store and now by default. */
export interface ServiceOptions {
  store?: Store;
  now?: Date;
}

const DEFAULT_AUTHOR = "ops";
const LIST_DEFAULT_DAYS = 30;
const RESOLVED_BODY = "This incident has been resolved.";

function parse<S extends z.ZodTypeAny>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw AppError.fromZod(parsed.error, what);
  return parsed.data;
}

/** `inc-20261203-1430-3fa9c1`: sortable by eye, short enough to type into the CLI. */
function newIncidentId(now: Date): string {
  const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
  return `inc-${stamp}-${randomBytes(3).toString("hex")}`;
}

function note(args: {
  status: Incident["status"];
  body: string;
  now: Date;
  author?: string;
  public?: boolean;
  impact?: string;
  timeline?: string;
  nextUpdate?: string;
}): IncidentUpdate {
  return {
    status: args.status,
    body: args.body,
    createdAt: args.now.toISOString(),
    author: args.author ?? DEFAULT_AUTHOR,
    public: args.public ?? true,
    impact: args.impact ?? null,
    timeline: args.timeline ?? null,
    nextUpdate: args.nextUpdate ?? null,
  };
}

const notFound = (id: string) => new AppError("not_found", `No incident has the id "${id}".`);

/**
 * Runs a transition as one compare-and-set: `change` sees the stored incident,
 * throws `conflict` when the move is illegal, and nothing is written then.
 */
async function transition(id: string, change: (current: Incident) => Incident, store: Store): Promise<Incident> {
  const next = await store.transitionIncident({ id, change });
  if (!next) throw notFound(id);
  return next;
}

function refuseResolved(current: Incident, doing: string): void {
  if (current.status === "resolved")
    throw new AppError(
      "conflict",
      `Incident ${current.id} was resolved at ${current.resolvedAt}; it cannot be ${doing}. Open a new incident if the problem is back.`,
    );
}

/**
 * Opens an incident (status investigating) with its first update. With a
 * `dedupKey` (an alert's), an incident already open under that key is returned
 * instead of a second one (`created` false).
 */
export async function openIncidentOnce(
  request: OpenIncidentRequest,
  options: ServiceOptions = {},
): Promise<{ incident: Incident; created: boolean }> {
  const input = parse(OpenIncidentRequestSchema, request, "The incident");
  const { store = getStore(), now = new Date() } = options;
  if (input.dedupKey) {
    const open = await store.findOpenIncidentByDedupKey({ dedupKey: input.dedupKey });
    if (open) return { incident: open, created: false };
  }
  if (input.startedAt && Date.parse(input.startedAt) > now.getTime())
    throw new AppError("validation_failed", "The incident is invalid. startedAt: must not be in the future", {
      fields: [{ field: "startedAt", message: "must not be in the future" }],
    });
  const incident: Incident = {
    id: newIncidentId(now),
    title: input.title,
    severity: input.severity,
    status: "investigating",
    impact: input.impact ?? SEVERITIES[input.severity].defaultImpact,
    components: [...new Set(input.components)],
    createdAt: now.toISOString(),
    startedAt: input.startedAt ? new Date(input.startedAt).toISOString() : now.toISOString(),
    acknowledgedAt: null,
    resolvedAt: null,
    dedupKey: input.dedupKey ?? null,
    updates: [note({ ...input, status: "investigating", impact: input.impactSummary, now })],
  };
  await store.createIncident({ incident });
  return { incident, created: true };
}

/**
 * Opens an incident, or returns the one already open under the same `dedupKey`:
 * what the alert evaluator calls for a critical alert.
 */
export async function openIncident(request: OpenIncidentRequest, options: ServiceOptions = {}): Promise<Incident> {
  return (await openIncidentOnce(request, options)).incident;
}

/** Records that someone owns the incident; once only, and never after it is resolved. */
export async function acknowledgeIncident(
  id: string,
  request: AcknowledgeIncidentRequest = {},
  options: ServiceOptions = {},
): Promise<Incident> {
  const input = parse(AcknowledgeIncidentRequestSchema, request, "The acknowledgement");
  const { store = getStore(), now = new Date() } = options;
  return transition(
    id,
    (current) => {
      refuseResolved(current, "acknowledged");
      if (current.acknowledgedAt !== null)
        throw new AppError("conflict", `Incident ${id} was already acknowledged at ${current.acknowledgedAt}.`);
      const author = input.author ?? DEFAULT_AUTHOR;
      const body = input.body ?? `Acknowledged by ${author}.`;
      return {
        ...current,
        acknowledgedAt: now.toISOString(),
        updates: [...current.updates, note({ status: current.status, body, author, public: false, now })],
      };
    },
    store,
  );
}

/** Appends an update, moving the status among the open ones; a resolved incident takes none. */
export async function updateIncident(
  id: string,
  request: UpdateIncidentRequest,
  options: ServiceOptions = {},
): Promise<Incident> {
  const input = parse(UpdateIncidentRequestSchema, request, "The update");
  const { store = getStore(), now = new Date() } = options;
  return transition(
    id,
    (current) => {
      refuseResolved(current, "updated");
      const status = input.status ?? current.status;
      return { ...current, status, updates: [...current.updates, note({ ...input, status, now })] };
    },
    store,
  );
}

/** Resolves the incident with a final update; resolving counts as acknowledging one nobody had. */
export async function resolveIncident(
  id: string,
  request: ResolveIncidentRequest = {},
  options: ServiceOptions = {},
): Promise<Incident> {
  const input = parse(ResolveIncidentRequestSchema, request, "The resolution");
  const { store = getStore(), now = new Date() } = options;
  return transition(
    id,
    (current) => {
      refuseResolved(current, "resolved again");
      const at = now.toISOString();
      return {
        ...current,
        status: "resolved",
        resolvedAt: at,
        acknowledgedAt: current.acknowledgedAt ?? at,
        updates: [...current.updates, note({ ...input, body: input.body ?? RESOLVED_BODY, status: "resolved", now })],
      };
    },
    store,
  );
}

export async function getIncidentById(id: string, options: ServiceOptions = {}): Promise<Incident> {
  const incident = await (options.store ?? getStore()).getIncident({ id });
  if (!incident) throw notFound(id);
  return incident;
}

/** Incidents that overlap the time since `since` (30 days by default), newest first, optionally one status or all open ones. */
export async function listIncidentsFiltered(
  filter: { status?: Incident["status"] | "open"; since?: string },
  options: ServiceOptions = {},
): Promise<Incident[]> {
  const { store = getStore(), now = new Date() } = options;
  const since = filter.since ? new Date(filter.since) : new Date(now.getTime() - LIST_DEFAULT_DAYS * 86_400_000);
  const incidents = await store.listIncidents({ since, until: now });
  const { status } = filter;
  if (status === undefined) return incidents;
  return incidents.filter((incident) => (status === "open" ? incident.status !== "resolved" : incident.status === status));
}
