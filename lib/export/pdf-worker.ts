/**
 * A worker thread's entry (see pdf-workers.ts): renders one plan at a time to
 * a PDF, so the few seconds of layout never block the server's event loop.
 * Only pure rendering code is imported here: no store, no secrets.
 */
import { parentPort } from "node:worker_threads";
import type { ExportablePlan } from "./exportable";
import { planToPdf } from "./pdf";

export type PdfWorkerReply = { ok: true; pdf: Uint8Array } | { ok: false; message: string };

const port = parentPort;
if (!port) throw new Error("pdf-worker.ts runs as a worker thread (new Worker), not as a module");

port.on("message", async (source: ExportablePlan) => {
  let reply: PdfWorkerReply;
  try {
    const buffer = await planToPdf(source);
    // A copy into an ArrayBuffer of its own (a Buffer may share a pool), moved, not copied again, to the main thread.
    const pdf = new Uint8Array(new ArrayBuffer(buffer.byteLength));
    pdf.set(buffer);
    reply = { ok: true, pdf };
    port.postMessage(reply, [pdf.buffer]);
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    port.postMessage(reply);
  }
});
