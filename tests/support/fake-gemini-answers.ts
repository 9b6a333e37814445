import type http from "node:http";
import type { RecordedRequest } from "./fake-gemini";
import {
  errorBody,
  type FakeStep,
  modelInfo,
  rateLimitedBody,
  safetyRatings,
  splitFrames,
  sseFrame,
  tokenCount,
} from "./fake-gemini-steps";

const INTERNAL_MESSAGE =
  "An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting";

/** Per-request state: the response, its pacing, and a signal that fires when the client goes away. */
export interface Ctx {
  req: RecordedRequest;
  res: http.ServerResponse;
  signal: AbortSignal;
  firstMs: number;
  tps: number | undefined;
}

function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  if (ms <= 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve(!signal.aborted);
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}

/** Resolves once the chunk is handed to the socket, or when the client has gone. */
function write(ctx: Ctx, chunk: string | Buffer): Promise<void> {
  if (ctx.signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      ctx.signal.removeEventListener("abort", done);
      resolve();
    };
    ctx.signal.addEventListener("abort", done, { once: true });
    ctx.res.write(chunk, done);
  });
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}) {
  const data = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
  res.writeHead(status, { "content-type": "application/json; charset=UTF-8", "content-length": data.length, ...headers });
  res.end(data);
}

export interface ResponderConfig {
  frameChars: number;
  models: string[];
  /** The text of the default step for this request (what `ok()` without text answers). */
  baseText(req: RecordedRequest): string;
}

/** Writes each scripted answer in the shape and framing the real API uses. */
export function createResponder({ frameChars, models, baseText }: ResponderConfig) {
  const usage = (req: RecordedRequest, text = "") => {
    const prompt = tokenCount(req.systemText.length + req.userText.length);
    const out = tokenCount(text.length);
    return { promptTokenCount: prompt, ...(text ? { candidatesTokenCount: out } : {}), totalTokenCount: prompt + out };
  };
  const envelope = (ctx: Ctx, rest: object) => ({ ...rest, modelVersion: ctx.req.model, responseId: `fake-${ctx.req.id}` });
  const frameBody = (ctx: Ctx, piece: string, fullText: string | null) =>
    envelope(ctx, {
      candidates: [
        {
          content: { role: "model", parts: [{ text: piece }] },
          ...(fullText === null ? {} : { finishReason: "STOP" }),
          index: 0,
        },
      ],
      ...(fullText === null ? {} : { usageMetadata: usage(ctx.req, fullText) }),
    });
  const msFor = (ctx: Ctx, chars: number) => (ctx.tps ? (tokenCount(chars) / ctx.tps) * 1000 : 0);

  async function sendError(ctx: Ctx, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}) {
    if (await sleep(ctx.firstMs, ctx.signal)) sendJson(ctx.res, status, body, headers);
  }

  /** One whole body: a single SSE frame when streaming (none for `null`), else plain JSON. */
  async function sendBody(ctx: Ctx, body: object | null) {
    if (!(await sleep(ctx.firstMs, ctx.signal))) return;
    if (!ctx.req.stream) return sendJson(ctx.res, 200, body ?? {});
    ctx.res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    if (body) await write(ctx, sseFrame(body));
    ctx.res.end();
  }

  async function sendText(ctx: Ctx, text: string, cut?: { fraction: number; stall: boolean }) {
    const endCut = () => {
      if (cut && !cut.stall) ctx.res.destroy();
    };
    const chars = Array.from(text);
    if (!ctx.req.stream) {
      const body = Buffer.from(JSON.stringify(frameBody(ctx, text, text)));
      if (!(await sleep(ctx.firstMs + msFor(ctx, chars.length), ctx.signal))) return;
      if (!cut) return sendJson(ctx.res, 200, body);
      ctx.res.writeHead(200, { "content-type": "application/json; charset=UTF-8", "content-length": body.length });
      await write(ctx, body.subarray(0, Math.floor(body.length * cut.fraction)));
      return endCut();
    }
    const frames = splitFrames(text, frameChars);
    const cutAt = cut ? Math.floor(chars.length * cut.fraction) : Number.POSITIVE_INFINITY;
    if (!(await sleep(ctx.firstMs, ctx.signal))) return;
    ctx.res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    let sent = 0;
    for (const [i, piece] of frames.entries()) {
      const pieceChars = Array.from(piece);
      if (i > 0 && !(await sleep(msFor(ctx, pieceChars.length), ctx.signal))) return;
      if (sent + pieceChars.length > cutAt) {
        const partial = pieceChars.slice(0, cutAt - sent).join("");
        if (partial) await write(ctx, sseFrame(frameBody(ctx, partial, null)));
        return endCut();
      }
      sent += pieceChars.length;
      await write(ctx, sseFrame(frameBody(ctx, piece, i === frames.length - 1 ? text : null)));
    }
    if (cut) return endCut();
    ctx.res.end();
  }

  async function answerGenerate(ctx: Ctx, s: FakeStep) {
    const req = ctx.req;
    const text = () => ("text" in s && s.text !== undefined ? s.text : baseText(req));
    switch (s.kind) {
      case "hang":
        return; // the response stays open until the client aborts or close() destroys the socket
      case "ok":
        return sendText(ctx, text());
      case "malformed": {
        const full = Array.from(baseText(req));
        return sendText(ctx, s.text ?? full.slice(0, Math.floor(full.length * (s.fraction ?? 0.5))).join(""));
      }
      case "cutStream":
      case "stall":
        return sendText(ctx, text(), { fraction: s.afterFraction ?? 0.5, stall: s.kind === "stall" });
      case "rateLimited": {
        const header = s.retryAfterSeconds !== undefined && s.retryAfterIn !== "body";
        const headers = header ? { "retry-after": String(s.retryAfterSeconds) } : {};
        return sendError(ctx, 429, rateLimitedBody(s, req.model ?? ""), headers);
      }
      case "unavailable":
        return sendError(ctx, 503, errorBody(503, "UNAVAILABLE", "The model is overloaded. Please try again later."));
      case "serverError":
        return sendError(ctx, 500, errorBody(500, "INTERNAL", INTERNAL_MESSAGE));
      case "safety": {
        const ratings = safetyRatings(s.category ?? "HARM_CATEGORY_DANGEROUS_CONTENT");
        const candidate = { finishReason: "SAFETY", index: 0, safetyRatings: ratings };
        return sendBody(ctx, envelope(ctx, { candidates: [candidate], usageMetadata: usage(req) }));
      }
      case "empty":
        if (s.shape === "noFrames") return sendBody(ctx, null);
        return sendBody(ctx, envelope(ctx, { ...(s.shape === "emptyArray" && { candidates: [] }), usageMetadata: usage(req) }));
      case "promptBlocked": {
        const ratings = safetyRatings("HARM_CATEGORY_DANGEROUS_CONTENT");
        const promptFeedback = { blockReason: s.blockReason ?? "SAFETY", safetyRatings: ratings };
        return sendBody(ctx, envelope(ctx, { promptFeedback, usageMetadata: usage(req) }));
      }
    }
  }

  async function answerModels(ctx: Ctx, s: FakeStep | undefined) {
    if (s && ["hang", "rateLimited", "unavailable", "serverError"].includes(s.kind)) return answerGenerate(ctx, s);
    if (!(await sleep(ctx.firstMs, ctx.signal))) return;
    if (ctx.req.action === "listModels") return sendJson(ctx.res, 200, { models: models.map(modelInfo) });
    if (models.includes(ctx.req.model ?? "")) return sendJson(ctx.res, 200, modelInfo(ctx.req.model ?? ""));
    sendJson(ctx.res, 404, errorBody(404, "NOT_FOUND", `models/${ctx.req.model} is not found for API version v1beta.`));
  }

  return { answerGenerate, answerModels };
}
