import { z } from "zod";
import { AppError } from "@/lib/errors";
import { StatusComponentSchema } from "./observability-records";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One component's probe checks over one UTC calendar day, kept after the
 * per-minute rollups it was summed from are purged (35 days), so the status
 * page can draw 90 days of bars. Written once a day has settled; never changed.
 */
export const UptimeDaySchema = z
  .object({
    day: z
      .string()
      .regex(DAY, "must be a UTC day, YYYY-MM-DD")
      .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)), "must be a real calendar day"),
    component: StatusComponentSchema,
    checks: z.number().int().min(0),
    passed: z.number().int().min(0),
  })
  .strict()
  .refine((record) => record.passed <= record.checks, { message: "cannot exceed checks", path: ["passed"] });
export type UptimeDay = z.infer<typeof UptimeDaySchema>;

/** A UTC day as `listUptimeDays` takes it. */
export const UptimeDayKeySchema = z.string().regex(DAY, "must be a UTC day, YYYY-MM-DD");

/** Days as the stores keep them: every record valid (validation_failed naming the field otherwise). */
export function checkUptimeDays(days: readonly UptimeDay[]): UptimeDay[] {
  return days.map((day, i) => {
    const parsed = UptimeDaySchema.safeParse(day);
    if (!parsed.success) throw AppError.fromZod(parsed.error, `Uptime day ${i}`);
    return parsed.data;
  });
}

/** A day range to list: both ends valid days (validation_failed otherwise). */
export function checkUptimeDayRange(range: { fromDay: string; toDay: string }): { fromDay: string; toDay: string } {
  const parsed = z.object({ fromDay: UptimeDayKeySchema, toDay: UptimeDayKeySchema }).safeParse(range);
  if (!parsed.success) throw AppError.fromZod(parsed.error, "The uptime day range");
  return parsed.data;
}
