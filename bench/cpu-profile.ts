/**
 * Summarises a V8 .cpuprofile (what `node --cpu-prof` writes): self time per
 * function and per area (a package in node_modules, a file of the app, Node's
 * internals, garbage collection), so a profile of a whole server run reads as
 * "where the CPU went" in twenty lines.
 */
import { z } from "zod";

const CpuProfileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({
        functionName: z.string(),
        url: z.string(),
        lineNumber: z.number(),
      }),
    }),
  ),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});
export type CpuProfile = z.infer<typeof CpuProfileSchema>;

export interface SelfTime {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Not idle: what the process spent working. */
  busyMs: number;
  functions: SelfTime[];
  areas: SelfTime[];
}

const IDLE = new Set(["(idle)", "(program)"]);

export function parseCpuProfile(json: string): CpuProfile {
  return CpuProfileSchema.parse(JSON.parse(json));
}

/** Where a frame's code lives: a package, an app folder, Node itself, or V8's own bookkeeping. */
export function areaOf(url: string, functionName: string): string {
  if (functionName.startsWith("(")) return functionName;
  if (url === "") return "(native)";
  if (url.startsWith("node:")) return "node internals";
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const rest = url.slice(modules + "node_modules/".length).split("/");
    return rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1] ?? ""}` : (rest[0] ?? url);
  }
  // Next.js bundles the app into chunks; the chunk name is the best a built server gives.
  const file = url.replace(/^file:\/\//, "");
  const chunk = file.match(/\.next[^/]*\/(server\/.*)$/);
  return chunk?.[1] ?? file;
}

/** Self time of each sample's node: the delta after a sample is the time spent in it. */
export function summariseProfile(profile: CpuProfile, top = 20): ProfileSummary {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  let totalUs = 0;
  let idleUs = 0;
  profile.samples.forEach((id, index) => {
    const us = profile.timeDeltas[index + 1] ?? 0;
    const frame = nodes.get(id);
    if (!frame) return;
    totalUs += us;
    if (IDLE.has(frame.functionName)) {
      idleUs += us;
      return;
    }
    const name = `${frame.functionName || "(anonymous)"} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    const area = areaOf(frame.url, frame.functionName);
    byArea.set(area, (byArea.get(area) ?? 0) + us);
  });
  const busyUs = totalUs - idleUs;
  const rank = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, share: busyUs > 0 ? us / busyUs : 0 }));
  return { totalMs: totalUs / 1000, busyMs: busyUs / 1000, functions: rank(byFunction), areas: rank(byArea) };
}

function shortUrl(url: string): string {
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) return url.slice(modules + "node_modules/".length);
  return url.replace(/^file:\/\//, "").replace(/^.*\/(\.next[^/]*\/)/, "$1");
}

export function formatProfile(summary: ProfileSummary): string {
  const row = (entry: SelfTime) =>
    `  ${(entry.share * 100).toFixed(1).padStart(5)} %  ${entry.ms.toFixed(0).padStart(7)} ms  ${entry.name}`;
  return [
    `CPU profile: ${summary.busyMs.toFixed(0)} ms busy of ${summary.totalMs.toFixed(0)} ms sampled`,
    "self time by area:",
    ...summary.areas.map(row),
    "self time by function:",
    ...summary.functions.map(row),
  ].join("\n");
}
