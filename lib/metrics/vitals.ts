import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { metricsEnabled, minuteCounters } from "./record";
import { bucketBound } from "./rollup-keys";
import { VITAL_SPECS, VITALS, vitalLayout } from "./vitals-keys";

/** What a browser's beacon carries: a few vitals, no identity, no URL. */
export const VitalsReportSchema = z
  .object({
    metrics: z
      .array(
        z
          .object({
            name: z.enum(VITALS),
            // An hour covers any real LCP or INP; CLS is far below.
            value: z.number().finite().min(0).max(3_600_000),
          })
          .strict(),
      )
      .min(1, "metrics: send at least one vital")
      .max(VITALS.length * 2, "metrics: at most six vitals per report"),
  })
  .strict();
export type VitalsReport = z.infer<typeof VitalsReportSchema>;

export const MAX_VITALS_BODY_BYTES = 2 * 1024;
/** Reports one instance takes per minute; beyond it they are refused, so a flood cannot skew p75 or cost writes. */
const MAX_REPORTS_PER_MINUTE = 2_000;

const KEY = Symbol.for("marketplanai.vitalsBudget");
type Holder = { [KEY]?: { minute: number; reports: number } };

function takeBudget(now: number): void {
  const holder = globalThis as Holder;
  const minute = Math.floor(now / 60_000);
  if (holder[KEY]?.minute !== minute) holder[KEY] = { minute, reports: 0 };
  if (holder[KEY].reports >= MAX_REPORTS_PER_MINUTE) {
    throw new AppError("rate_limited", "Too many Web Vitals reports this minute; later ones are dropped.", {
      headers: { "retry-after": String(60 - Math.floor((now / 1000) % 60)) },
    });
  }
  holder[KEY].reports += 1;
}

/** Adds each vital to its histogram in this minute's counters (written with the next rollup flush, never per request). */
export function recordVitals(report: VitalsReport, now: number = Date.now()): void {
  takeBudget(now);
  if (!metricsEnabled()) return;
  const counters = minuteCounters();
  for (const { name, value } of report.metrics) {
    const spec = VITAL_SPECS[name];
    const layout = vitalLayout(name);
    const stored = value * spec.scale;
    counters.add(layout.bucket(bucketBound(spec.bounds, stored)), 1, now);
    counters.add(layout.sum, stored, now);
    counters.add(layout.count, 1, now);
  }
}
