/**
 * Reads Prometheus text exposition (what /api/metrics serves) into samples,
 * enough for tests to add counters up across instances.
 */
export interface PromSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

export function parsePrometheusText(text: string): PromSample[] {
  const samples: PromSample[] = [];
  for (const line of text.split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const match = SAMPLE.exec(line);
    if (!match) throw new Error(`Not a Prometheus sample line: ${line}`);
    const [, name = "", labelText = "", value = ""] = match;
    const labels: Record<string, string> = {};
    for (const [, key = "", raw = ""] of labelText.matchAll(LABEL)) labels[key] = raw.replace(/\\(.)/g, "$1");
    samples.push({ name, labels, value: Number(value) });
  }
  return samples;
}

/** The sum of one metric's samples whose labels pass `keep` (all of them by default). */
export function sumSamples(
  samples: readonly PromSample[],
  name: string,
  keep: (labels: Record<string, string>) => boolean = () => true,
): number {
  return samples.filter((s) => s.name === name && keep(s.labels)).reduce((total, s) => total + s.value, 0);
}
