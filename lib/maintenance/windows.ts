import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { localDate, zonedHourToUtc } from "@/lib/slo/business-hours";
import { StatusComponentSchema } from "@/lib/store/observability-records";
import type { MaintenanceWindow, Store } from "@/lib/store/types";
import { WEEKLY_MAINTENANCE } from "./weekly";

const DAY_MS = 86_400_000;

/** A maintenance window as the status page and the API show it, in Statuspage's vocabulary. */
export interface MaintenanceView {
  id: string;
  title: string;
  scheduledFor: string;
  scheduledUntil: string;
  components: MaintenanceWindow["components"];
  source: "weekly" | "ad_hoc";
  status: "scheduled" | "in_progress" | "completed";
}

function view(window: Omit<MaintenanceView, "status">, now: Date): MaintenanceView {
  const t = now.getTime();
  const status =
    t < Date.parse(window.scheduledFor) ? "scheduled" : t < Date.parse(window.scheduledUntil) ? "in_progress" : "completed";
  return { ...window, status };
}

/** The weekly window's occurrences that overlap [from, to). */
function weeklyOccurrences(from: Date, to: Date): Omit<MaintenanceView, "status">[] {
  const found: Omit<MaintenanceView, "status">[] = [];
  const seen = new Set<string>();
  const { timeZone, weekday, startHour, endHour, title, components } = WEEKLY_MAINTENANCE;
  for (let cursor = from.getTime() - DAY_MS; cursor < to.getTime() + DAY_MS; cursor += DAY_MS / 2) {
    const date = localDate(cursor, timeZone);
    const key = `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
    if (date.weekday !== weekday || seen.has(key)) continue;
    seen.add(key);
    const start = zonedHourToUtc(date, startHour, timeZone);
    const end = zonedHourToUtc(date, endHour, timeZone);
    if (start < to.getTime() && end > from.getTime()) {
      found.push({
        id: `weekly-${key}`,
        title,
        scheduledFor: new Date(start).toISOString(),
        scheduledUntil: new Date(end).toISOString(),
        components: [...components],
        source: "weekly",
      });
    }
  }
  return found;
}

/**
 * Maintenance windows overlapping [from, to): the manual's weekly one and the
 * ad-hoc ones in the store (cancelled ones left out), by start. For the status
 * page and the alert evaluator, which holds pages back while one is in progress.
 */
export async function listMaintenanceWindows(args: {
  store: Store;
  from: Date;
  to: Date;
  now?: Date;
}): Promise<MaintenanceView[]> {
  const now = args.now ?? new Date();
  const stored = await args.store.listMaintenanceWindows({ from: args.from, to: args.to });
  const adHoc = stored
    .filter((window) => window.cancelledAt === null)
    .map((window) => ({
      id: window.id,
      title: window.title,
      scheduledFor: window.startsAt,
      scheduledUntil: window.endsAt,
      components: window.components,
      source: "ad_hoc" as const,
    }));
  return [...weeklyOccurrences(args.from, args.to), ...adHoc]
    .sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor) || a.id.localeCompare(b.id))
    .map((window) => view(window, now));
}

/** The window in progress at `now`, if any. */
export async function activeMaintenance(args: { store: Store; now: Date }): Promise<MaintenanceView | null> {
  const windows = await listMaintenanceWindows({
    store: args.store,
    from: args.now,
    to: new Date(args.now.getTime() + 1),
    now: args.now,
  });
  return windows.find((window) => window.status === "in_progress") ?? null;
}

export const NewMaintenanceSchema = z
  .object({
    title: z.string().trim().min(1, "title: say what is maintained").max(200),
    startsAt: z.string().datetime({ offset: true, message: "an ISO 8601 time such as 2026-12-06T10:00:00Z" }),
    endsAt: z.string().datetime({ offset: true, message: "an ISO 8601 time such as 2026-12-06T12:00:00Z" }),
    components: z.array(StatusComponentSchema).min(1).default(["application"]),
  })
  .strict()
  .refine((input) => Date.parse(input.startsAt) < Date.parse(input.endsAt), {
    message: "endsAt must be after startsAt",
    path: ["endsAt"],
  })
  .refine((input) => Date.parse(input.endsAt) - Date.parse(input.startsAt) <= 7 * DAY_MS, {
    message: "a maintenance window lasts at most 7 days",
    path: ["endsAt"],
  });
export type NewMaintenance = z.input<typeof NewMaintenanceSchema>;

/** Plans an ad-hoc window; 400 naming the field when the input is wrong or the window has already ended. */
export async function scheduleMaintenance(args: { store: Store; input: unknown; now: Date }): Promise<MaintenanceView> {
  const parsed = NewMaintenanceSchema.safeParse(args.input);
  if (!parsed.success) throw AppError.fromZod(parsed.error, "The maintenance window");
  const input = parsed.data;
  if (Date.parse(input.endsAt) <= args.now.getTime()) {
    throw new AppError("bad_request", "The maintenance window has already ended: endsAt must be in the future.", {
      fields: [{ field: "endsAt", message: "must be in the future" }],
    });
  }
  const window: MaintenanceWindow = {
    id: `mw-${randomUUID()}`,
    title: input.title,
    startsAt: new Date(input.startsAt).toISOString(),
    endsAt: new Date(input.endsAt).toISOString(),
    components: input.components,
    createdAt: args.now.toISOString(),
    cancelledAt: null,
  };
  await args.store.createMaintenanceWindow({ window });
  return view(
    {
      id: window.id,
      title: window.title,
      scheduledFor: window.startsAt,
      scheduledUntil: window.endsAt,
      components: window.components,
      source: "ad_hoc",
    },
    args.now,
  );
}

/** Cancels an ad-hoc window; 404 when there is none with that id (the weekly one is configuration). */
export async function cancelMaintenance(args: { store: Store; id: string; now: Date }): Promise<MaintenanceWindow> {
  const cancelled = await args.store.cancelMaintenanceWindow({ id: args.id, at: args.now });
  if (!cancelled) throw new AppError("not_found", `No ad-hoc maintenance window has the id ${args.id}.`);
  return cancelled;
}
