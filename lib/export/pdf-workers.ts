import "server-only";
import { Worker } from "node:worker_threads";
import { AppError } from "@/lib/errors";
import type { ExportablePlan } from "./exportable";
import type { PdfWorkerReply } from "./pdf-worker";

/** Starts one render worker: the bundled one in a build, another one in tests run from source. */
export type SpawnPdfWorker = () => Worker;

/**
 * `next build` (Turbopack) bundles the worker from exactly this expression, a
 * `new Worker(new URL(…, import.meta.url))`, into a chunk of its own (and keeps
 * `import.meta.url` naming the source file). Run from source (vitest) the URL
 * names the TypeScript file, which Node cannot run: tests pass a worker they
 * bundled themselves (tests/support/pdf-worker-bundle.ts).
 */
export const spawnBundledPdfWorker: SpawnPdfWorker = () => new Worker(new URL("./pdf-worker.ts", import.meta.url));

/**
 * Worker threads that render PDFs, one render each at a time, reused between
 * renders (loading the renderer and its fonts costs a few hundred ms). Callers
 * bound how many run at once (a WorkGate); idle workers never keep the process
 * alive. A worker that fails, crashes or overruns `timeoutMs` is ended and a
 * fresh one takes the next render.
 */
export class PdfWorkers {
  private readonly idle: Worker[] = [];

  constructor(
    private readonly timeoutMs: number,
    private readonly spawn: SpawnPdfWorker = spawnBundledPdfWorker,
  ) {}

  render(source: ExportablePlan): Promise<Uint8Array> {
    const worker = this.idle.pop() ?? this.started();
    worker.ref();
    return new Promise<Uint8Array>((resolve, reject) => {
      const done = (outcome: { pdf: Uint8Array } | { error: AppError }) => {
        clearTimeout(timer);
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        if ("pdf" in outcome) {
          worker.unref();
          this.idle.push(worker);
          resolve(outcome.pdf);
        } else {
          void worker.terminate();
          reject(outcome.error);
        }
      };
      // Internal: the route logs it and reports it to Sentry; the person sees a generic message.
      const failed = (message: string, cause?: unknown) =>
        done({ error: new AppError("internal", `The PDF could not be made: ${message}`, { cause }) });
      const onMessage = (reply: PdfWorkerReply) =>
        reply.ok && reply.pdf instanceof Uint8Array ? done({ pdf: reply.pdf }) : failed(reply.ok ? "no PDF" : reply.message);
      const onError = (error: Error) => failed(error.message, error);
      const onExit = (code: number) => failed(`the render worker exited (code ${code})`);
      const timer = setTimeout(() => failed(`the render took longer than ${this.timeoutMs} ms`), this.timeoutMs);
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      worker.postMessage(source);
    });
  }

  private started(): Worker {
    const worker = this.spawn();
    // An idle worker that dies leaves the pool. Its "error" must always have a listener: an
    // EventEmitter throws an unheard one, which would take the whole server down.
    worker
      .on("error", () => undefined)
      .once("exit", () => {
        const index = this.idle.indexOf(worker);
        if (index >= 0) this.idle.splice(index, 1);
      });
    return worker;
  }

  /** Ends the idle workers (tests; a stopping server's workers end with it). */
  async close(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((worker) => worker.terminate()));
  }
}
