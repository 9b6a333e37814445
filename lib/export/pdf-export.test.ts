import { Worker } from "node:worker_threads";
import { PDFParse } from "pdf-parse";
import { afterEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { samplePlan } from "@/tests/support/export-plans";
import { useLocalApp } from "@/tests/support/local-app";
import { spawnPdfWorkerFromSource } from "@/tests/support/pdf-worker-bundle";
import { renderPlanPdf, resetPdfExporterForTests } from "./pdf-export";
import { PdfWorkers } from "./pdf-workers";

async function pdfWords(pdf: Uint8Array): Promise<string> {
  const parser = new PDFParse({ data: pdf });
  try {
    return (await parser.getText()).text.replace(/\s+/g, " ");
  } finally {
    await parser.destroy();
  }
}

/**
 * A worker thread that answers like the renderer after `ms`, with a few bytes:
 * for the limits and failure handling, where the real layout would only cost time.
 */
const quickWorker = (ms: number) =>
  new Worker(
    `const { parentPort } = require("node:worker_threads");
     parentPort.on("message", (message) => {
       if (message === "crash") setTimeout(() => { throw new Error("crashed while idle"); });
       else setTimeout(() => parentPort.postMessage({ ok: true, pdf: new TextEncoder().encode("%PDF-1.7") }), ${ms});
     });`,
    { eval: true },
  );

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

describe("renderPlanPdf", () => {
  it("renders a version once in a worker, then answers it from the cache; an edited plan is rendered again", async () => {
    cleanup = useLocalApp();
    let spawned = 0;
    await resetPdfExporterForTests({
      spawn: () => {
        spawned++;
        return spawnPdfWorkerFromSource();
      },
    });
    const source = samplePlan();
    const renderStarted = performance.now();
    const [first, twin] = await Promise.all([renderPlanPdf(source), renderPlanPdf(samplePlan())]);
    const renderMs = performance.now() - renderStarted;
    expect(spawned, "two requests for the same version share one render").toBe(1);
    expect([first.cached, twin.cached]).toEqual([false, false]);
    expect(Buffer.from(twin.pdf).equals(Buffer.from(first.pdf))).toBe(true);
    expect(Buffer.from(first.pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(await pdfWords(first.pdf)).toContain(source.plan.title);

    const started = performance.now();
    const again = await renderPlanPdf(samplePlan());
    // A hash of the plan and a map look-up instead of seconds of layout (both slower on a busy machine).
    expect(performance.now() - started).toBeLessThan(renderMs / 10);
    expect(again.cached).toBe(true);
    expect(Buffer.from(again.pdf).equals(Buffer.from(first.pdf))).toBe(true);

    const renamed = samplePlan({ title: "Harbour Lane Bakery: the autumn push" });
    const edited = await renderPlanPdf({ ...renamed, version: source.version + 1 });
    expect(edited.cached).toBe(false);
    expect(await pdfWords(edited.pdf)).toContain("Harbour Lane Bakery: the autumn push");
  }, 120_000);

  it("answers 503 with Retry-After once every render slot and queue place is taken", async () => {
    cleanup = useLocalApp({ PDF_RENDER_CONCURRENCY: "1", PDF_RENDER_QUEUE: "1" });
    await resetPdfExporterForTests({ spawn: () => quickWorker(300) });
    const outcomes = await Promise.allSettled(
      ["First", "Second", "Third"].map((name) => renderPlanPdf(samplePlan({ title: `${name} plan` }))),
    );
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "fulfilled", "rejected"]);
    const refusal = (outcomes[2] as PromiseRejectedResult).reason as AppError;
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal.status).toBe(503);
    expect(refusal.code).toBe("overloaded");
    expect(Number(refusal.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    expect(refusal.toBody("r1").error.message).toMatch(/Many PDFs are being made right now\. Try again in \d+ seconds?/);
    // Nothing is left waiting: the refused plan renders once the others are done.
    expect((await renderPlanPdf(samplePlan({ title: "Third plan" }))).cached).toBe(false);
  });
});

describe("PdfWorkers", () => {
  it("ends a worker that overruns the time limit and starts a fresh one for the next render", async () => {
    const started: Worker[] = [];
    const workers = new PdfWorkers(500, () => {
      // The first worker never answers; the next ones answer at once.
      const worker = started.length === 0 ? new Worker("setInterval(() => {}, 1_000)", { eval: true }) : quickWorker(0);
      started.push(worker);
      return worker;
    });
    try {
      await expect(workers.render(samplePlan())).rejects.toThrow("The PDF could not be made: the render took longer than 500 ms");
      const stuck = started[0] as Worker;
      await new Promise((resolve) => (stuck.threadId === -1 ? resolve(null) : stuck.once("exit", resolve)));
      expect(Buffer.from(await workers.render(samplePlan())).toString("latin1")).toBe("%PDF-1.7");
      expect(await workers.render(samplePlan())).toBeInstanceOf(Uint8Array);
      expect(started, "the fresh worker is kept for the next render").toHaveLength(2);
    } finally {
      await workers.close();
    }
  });

  it("drops an idle worker that dies, without taking the process down, and starts another", async () => {
    const started: Worker[] = [];
    const workers = new PdfWorkers(10_000, () => {
      const worker = quickWorker(0);
      started.push(worker);
      return worker;
    });
    try {
      await workers.render(samplePlan());
      const idle = started[0] as Worker;
      const exited = new Promise((resolve) => idle.once("exit", resolve));
      // An error thrown inside the idle worker: an "error" event, unheard it would throw here, then its exit.
      idle.postMessage("crash");
      await exited;
      expect(Buffer.from(await workers.render(samplePlan())).toString("latin1")).toBe("%PDF-1.7");
      expect(started).toHaveLength(2);
    } finally {
      await workers.close();
    }
  });

  it("reports a worker that crashes as an internal error, never as a PDF", async () => {
    const workers = new PdfWorkers(10_000, () => new Worker("process.exit(3)", { eval: true }));
    const error = await workers.render(samplePlan()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(500);
    expect((error as AppError).message).toContain("the render worker exited (code 3)");
  });
});
