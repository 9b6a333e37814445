/**
 * npm run bench:pdf [-- --renders N]
 *
 * What a PDF export costs against `next start` (the build in NEXT_DIST_DIR, else .next; built once
 * if missing), with the default limits: a plan from the built-in planner is renamed before each
 * of N exports (a new version each time, so a render in a worker thread), then exported N times
 * unchanged (the cache). Meanwhile /api/livez is asked every 50 ms, to show the event loop stays
 * free. Prints the median and slowest times of both and the slowest /api/livez answer.
 */
import { parseArgs } from "node:util";
import { readSseEvents } from "@/lib/http/sse-parser";
import type { PlanRecord } from "@/lib/plans/schema";
import { startNextServer } from "@/tests/support/next-server";
import { median } from "./stats";

const { values } = parseArgs({ options: { renders: { type: "string", default: "5" } } });
const renders = Math.max(1, Number(values.renders));

async function main(): Promise<void> {
  const server = await startNextServer({ env: { GEMINI_API_KEY: undefined, GOOGLE_API_KEY: undefined } });
  try {
    const generated = await fetch(`${server.url}/api/plans/generate`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ businessDescription: "A family sourdough bakery in Leeds selling to commuters and cafés." }),
    });
    const cookie = (generated.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const plan = (await readSseEvents(generated)).at(-1)?.data as PlanRecord;

    const timed = async (path: string, init: RequestInit = {}) => {
      const started = performance.now();
      const response = await fetch(`${server.url}${path}`, { ...init, headers: { cookie, ...init.headers } });
      await response.arrayBuffer();
      return { ms: performance.now() - started, cache: response.headers.get("x-export-cache"), status: response.status };
    };
    const exportPdf = () => timed(`/api/plans/${plan.id}/export/pdf`);
    await timed(`/api/plans/${plan.id}/export/md`);

    let probing = true;
    const livez: number[] = [];
    const probe = (async () => {
      while (probing) {
        livez.push((await timed("/api/livez")).ms);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const rendered: number[] = [];
    for (let i = 0; i < renders; i++) {
      const body = JSON.stringify({ title: `Harbor Lane Bakery, take ${i + 1}` });
      await timed(`/api/plans/${plan.id}`, { method: "PATCH", body, headers: { "content-type": "application/json" } });
      const result = await exportPdf();
      if (result.status !== 200 || result.cache !== "miss") throw new Error(`render ${i}: ${JSON.stringify(result)}`);
      rendered.push(result.ms);
    }
    probing = false;
    await probe;
    const cached: number[] = [];
    for (let i = 0; i < renders; i++) {
      const result = await exportPdf();
      if (result.cache !== "hit") throw new Error(`cached export ${i}: ${JSON.stringify(result)}`);
      cached.push(result.ms);
    }
    const ms = (values: number[]) => `median ${Math.round(median(values))} ms, slowest ${Math.round(Math.max(...values))} ms`;
    console.log(`PDF export, rendered (new version each time, ${renders}x): ${ms(rendered)} (the first starts the worker)`);
    console.log(`PDF export, cached (same version, ${renders}x): ${median(cached).toFixed(1)} ms median`);
    console.log(`/api/livez during the renders (${livez.length} calls): ${ms(livez)}`);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
