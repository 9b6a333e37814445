import "server-only";
import { createHash } from "node:crypto";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { ByteLru } from "./byte-lru";
import type { ExportablePlan } from "./exportable";
import { PdfWorkers, type SpawnPdfWorker } from "./pdf-workers";
import { GateFullError, WorkGate } from "./work-gate";

/** What a render of a typical plan takes here (docs/reliability.md), until real ones are measured. */
const TYPICAL_RENDER_MS = 2_000;

interface PdfExporter {
  gate: WorkGate;
  workers: PdfWorkers;
  cache: ByteLru;
  /** Renders under way by key: a second request for the same version waits for the first one's result. */
  inFlight: Map<string, Promise<Uint8Array>>;
}

let exporter: PdfExporter | undefined;
let spawnForTests: SpawnPdfWorker | undefined;

function getExporter(): PdfExporter {
  if (exporter) return exporter;
  const env = getEnv();
  exporter = {
    gate: new WorkGate({ concurrency: env.PDF_RENDER_CONCURRENCY, queue: env.PDF_RENDER_QUEUE, typicalMs: TYPICAL_RENDER_MS }),
    workers: new PdfWorkers(env.PDF_RENDER_TIMEOUT_MS, spawnForTests),
    cache: new ByteLru(env.PDF_CACHE_MB * 1024 * 1024),
    inFlight: new Map(),
  };
  return exporter;
}

/**
 * The plan's id and version name the entry for a person reading the logs; the
 * digest of everything the PDF is made from makes it exact, so no edit (even
 * one that kept the version) and no other share of the same plan gets a stale file.
 */
export function pdfCacheKey(source: ExportablePlan): string {
  const digest = createHash("sha256").update(JSON.stringify(source)).digest("base64url");
  return `${source.id ?? "shared"}:v${source.version}:${digest}`;
}

const busy = (retryAfterSeconds: number) =>
  new AppError(
    "overloaded",
    `Many PDFs are being made right now. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? "" : "s"}; the Markdown and CSV exports work now.`,
    { expose: true, headers: { "retry-after": String(retryAfterSeconds) } },
  );

/**
 * The plan as a PDF: from the cache when this exact version was exported
 * lately, else rendered in a worker thread. At most PDF_RENDER_CONCURRENCY
 * renders run and PDF_RENDER_QUEUE wait; beyond that, 503 with Retry-After.
 */
export async function renderPlanPdf(source: ExportablePlan): Promise<{ pdf: Uint8Array; cached: boolean }> {
  const { gate, workers, cache, inFlight } = getExporter();
  const key = pdfCacheKey(source);
  const hit = cache.get(key);
  if (hit) return { pdf: hit, cached: true };
  let pending = inFlight.get(key);
  if (!pending) {
    pending = gate
      .run(() => workers.render(source))
      .then((pdf) => {
        cache.set(key, pdf);
        return pdf;
      })
      .catch((error: unknown) => {
        throw error instanceof GateFullError ? busy(error.retryAfterSeconds) : error;
      })
      .finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return { pdf: await pending, cached: false };
}

/**
 * Tests change the limits between cases, and run from source, where only a
 * worker they bundled themselves can render: the next export starts afresh.
 */
export async function resetPdfExporterForTests(options: { spawn?: SpawnPdfWorker } = {}): Promise<void> {
  const old = exporter;
  exporter = undefined;
  spawnForTests = options.spawn;
  await old?.workers.close();
}
