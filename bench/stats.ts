/** Order statistics for benchmark samples (nearest-rank percentiles). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

export function summary(label: string, samples: readonly number[], unit = "ms"): string {
  const f = (n: number) => n.toFixed(n < 10 ? 2 : 1);
  return `${label.padEnd(52)} median ${f(median(samples))} ${unit}   p95 ${f(percentile(samples, 95))} ${unit}   (n=${samples.length})`;
}
