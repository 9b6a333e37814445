import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSseEvents } from "@/lib/http/sse-parser";
import type { PlanRecord } from "@/lib/plans/schema";
import { type NextServer, startNextServer } from "@/tests/support/next-server";

/**
 * PDF exports against `next start` (issue 10, expensive public work): rendered
 * in a worker thread, one at a time here with one more waiting, so the limits
 * are reached with a handful of requests.
 */
const LIMITS = { PDF_RENDER_CONCURRENCY: "1", PDF_RENDER_QUEUE: "1" };
const NO_KEY = { GEMINI_API_KEY: undefined, GOOGLE_API_KEY: undefined, GEMINI_BASE_URL: undefined };

const BUSINESSES = [
  "A family sourdough bakery in Leeds selling to commuters and a dozen independent cafés.",
  "A mobile bike repair van serving offices in central Manchester.",
  "An online shop for handmade ceramic tableware shipping across the EU.",
  "A climbing gym in Sheffield with youth clubs and corporate team days.",
  "A bookkeeping practice for tradespeople in Cardiff, priced per month.",
];

async function pdfWords(body: ArrayBuffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(body) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, " ");
  } finally {
    await parser.destroy();
  }
}

describe("PDF export under load (next start)", () => {
  let server: NextServer;
  let cookie = "";
  const plans: PlanRecord[] = [];

  /** GET with this browser's cookie; resolves with the response, its body and how long it took. */
  const get = async (path: string) => {
    const started = performance.now();
    const response = await fetch(`${server.url}${path}`, { headers: { cookie } });
    const body = await response.arrayBuffer();
    return { response, body, ms: performance.now() - started };
  };
  const pdfOf = (plan: PlanRecord) => get(`/api/plans/${plan.id}/export/pdf`);

  beforeAll(async () => {
    server = await startNextServer({ env: { ...NO_KEY, ...LIMITS } });
    for (const businessDescription of BUSINESSES) {
      const response = await fetch(`${server.url}/api/plans/generate`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ businessDescription }),
      });
      cookie ||= (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      const last = (await readSseEvents(response)).at(-1);
      if (last?.event !== "plan") throw new Error(`no plan: ${JSON.stringify(last)}\n${server.logs().slice(-2_000)}`);
      plans.push(last.data as PlanRecord);
    }
    // The export route's code is loaded on its first request: not part of what is measured.
    expect((await get(`/api/plans/${plans[0]?.id}/export/md`)).response.status).toBe(200);
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("keeps answering /api/livez within moments while PDFs render", async () => {
    const [a, b] = plans as [PlanRecord, PlanRecord];
    let rendering = true;
    const livez: number[] = [];
    const probe = (async () => {
      while (rendering) {
        const { response, ms } = await get("/api/livez");
        expect(response.status).toBe(200);
        livez.push(ms);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const renders = await Promise.all([pdfOf(a), pdfOf(b)]);
    rendering = false;
    await probe;

    for (const { response } of renders) {
      expect(response.status, server.logs().slice(-2_000)).toBe(200);
      expect(response.headers.get("x-export-cache")).toBe("miss");
    }
    const slowestRender = Math.max(...renders.map((r) => r.ms));
    const slowestLivez = Math.max(...livez);
    console.info(
      `[pdf e2e] 2 renders: slowest ${Math.round(slowestRender)} ms; /api/livez x${livez.length}, slowest ${Math.round(slowestLivez)} ms`,
    );
    expect(livez.length).toBeGreaterThanOrEqual(5);
    // Rendered on the event loop, /api/livez would wait for a whole render (the slowest PDF at least half of it).
    expect(slowestLivez).toBeLessThan(Math.min(1_000, slowestRender / 4));
  });

  it("serves the same version from the cache at once, and a new PDF after an edit", async () => {
    const a = plans[0] as PlanRecord;
    const first = await pdfOf(a);
    expect(first.response.headers.get("x-export-cache")).toBe("hit");
    expect(first.ms).toBeLessThan(200);
    expect(Buffer.from(first.body).subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const title = "Harbor Lane Bakery: weekday pre-orders";
    const renamed = await fetch(`${server.url}/api/plans/${a.id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ title }),
    });
    expect(renamed.status).toBe(200);
    const edited = await pdfOf(a);
    expect(edited.response.headers.get("x-export-cache")).toBe("miss");
    expect(await pdfWords(edited.body)).toContain(title);
    expect((await pdfOf(a)).response.headers.get("x-export-cache")).toBe("hit");

    // A share link's export (no sign-in) goes through the same cache.
    const share = await fetch(`${server.url}/api/plans/${a.id}/share`, { method: "POST", headers: { cookie } });
    const { token } = (await share.json()) as { token: string };
    const shared = await get(`/api/shared/${token}/export/pdf`);
    expect(shared.response.status).toBe(200);
    expect(await pdfWords(shared.body)).toContain(title);
    expect((await get(`/api/shared/${token}/export/pdf`)).response.headers.get("x-export-cache")).toBe("hit");
  });

  it("answers 503 with Retry-After and a message once the render slot and the queue are taken", async () => {
    const fresh = plans.slice(2, 5);
    const answers = await Promise.all(fresh.map((plan) => pdfOf(plan)));
    const statuses = answers.map((a) => a.response.status).sort();
    expect(statuses).toEqual([200, 200, 503]);
    const refused = answers.find((a) => a.response.status === 503);
    expect(refused?.response.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
    expect(refused?.response.headers.get("content-type")).toContain("application/json");
    const { error } = JSON.parse(Buffer.from(refused?.body ?? new ArrayBuffer(0)).toString("utf8")) as {
      error: { code: string; message: string };
    };
    expect(error.code).toBe("overloaded");
    expect(error.message).toMatch(
      /Many PDFs are being made right now\. Try again in \d+ seconds?; the Markdown and CSV exports work now\./,
    );
    // Shedding load on purpose is a warning in the log, not an error (nor a Sentry event a flood could multiply).
    const logLines = server.logs().split("\n");
    expect(logLines.some((line) => line.includes('"event":"http.overloaded"'))).toBe(true);
    expect(logLines.filter((line) => line.includes('"event":"http.error"') && line.includes("overloaded"))).toEqual([]);
    // Once the others are done, the refused one renders.
    const index = answers.indexOf(refused as (typeof answers)[number]);
    expect((await pdfOf(fresh[index] as PlanRecord)).response.status).toBe(200);
  });
});
