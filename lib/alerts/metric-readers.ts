import "server-only";
import { aiGenerationCount, aiSuccessRate } from "@/lib/analytics/ai-outcomes";
import { HTTP_LATENCY_MS, histogramQuantile, observations, readHistogram } from "@/lib/analytics/histogram";
import { counterValue } from "@/lib/analytics/rollups";
import { lastCompleteMinute } from "@/lib/analytics/windows";
import { hoursSinceLastBackup } from "@/lib/backup/heartbeat";
import { RollupKey } from "@/lib/metrics/rollup-keys";
import type { BusinessHours } from "@/lib/slo/slo-config";
import { sumWindow } from "@/lib/slo/slo-window";
import type { RollupCounters, Store } from "@/lib/store/types";
import type { MetricName } from "./rule-types";

const MINUTE_MS = 60_000;

/** What a reader may use: the store at `now`, rollup sums memoised for one evaluation, the quota's limits. */
export interface MetricContext {
  store: Store;
  now: Date;
  businessHours: BusinessHours;
  quota: { key: string; perMinute: number; perDay: number };
  /** Every instance's counters over the last `minutes` (business hours only when asked). */
  sum(minutes: number, options?: { businessHours?: boolean }): Promise<RollupCounters>;
}

export function metricContext(args: Omit<MetricContext, "sum">): MetricContext {
  const memo = new Map<string, Promise<RollupCounters>>();
  return {
    ...args,
    sum: (minutes, options = {}) => {
      const key = `${minutes}:${options.businessHours ? "b" : "a"}`;
      let found = memo.get(key);
      if (!found) {
        const window = { from: new Date(args.now.getTime() - minutes * MINUTE_MS), to: args.now };
        found = sumWindow(args.store, window, options.businessHours ? args.businessHours : undefined);
        memo.set(key, found);
      }
      return found;
    },
  };
}

/** A reading: the figure (null when there is nothing to compute it from) and how many events it rests on. */
export interface MetricValue {
  value: number | null;
  events: number;
}

const share = (part: number, whole: number) => (whole === 0 ? null : (part / whole) * 100);

/** One reader per metric a rule may name. A new figure is one entry here and its name in rule-types.ts. */
export const METRIC_READERS: Record<MetricName, (ctx: MetricContext, windowMinutes: number) => Promise<MetricValue>> = {
  uptime_percent: async (ctx, minutes) => {
    const counters = await ctx.sum(minutes);
    const checks = counterValue(counters, RollupKey.probeChecks);
    return { value: share(counterValue(counters, RollupKey.probePassed), checks), events: checks };
  },
  ai_success_rate_percent: async (ctx, minutes) => {
    const counters = await ctx.sum(minutes);
    const rate = aiSuccessRate(counters);
    return { value: rate === null ? null : rate * 100, events: aiGenerationCount(counters) };
  },
  error_rate_percent: async (ctx, minutes) => {
    const counters = await ctx.sum(minutes);
    const requests = counterValue(counters, RollupKey.httpRequests);
    return { value: share(counterValue(counters, RollupKey.httpStatus("5xx")), requests), events: requests };
  },
  response_time_p95_ms: async (ctx, minutes) => {
    const http = readHistogram(await ctx.sum(minutes), HTTP_LATENCY_MS);
    return { value: histogramQuantile(http, 0.95), events: observations(http) };
  },
  ai_quota_used_percent: async (ctx) => {
    const used = await ctx.store.readQuota({ key: ctx.quota.key, windows: ["minute", "day"], now: ctx.now });
    const minute = ctx.quota.perMinute > 0 ? used.minute / ctx.quota.perMinute : 0;
    const day = ctx.quota.perDay > 0 ? used.day / ctx.quota.perDay : 0;
    return { value: Math.max(minute, day) * 100, events: 1 };
  },
  // The last complete minute: the current one is still being counted.
  requests_per_minute: async (ctx) => {
    const counters = await ctx.store.sumRollupCounters(lastCompleteMinute(ctx.now));
    return { value: counterValue(counters, RollupKey.httpRequests), events: 1 };
  },
  // No heartbeat at all (a new install nobody backs up yet) counts as no event: the rule waits for a first backup.
  hours_since_backup: async (ctx) => {
    const hours = await hoursSinceLastBackup({ store: ctx.store, now: ctx.now });
    return hours === null ? { value: null, events: 0 } : { value: hours, events: 1 };
  },
};
