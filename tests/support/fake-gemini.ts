import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { z } from "zod";
import { type Ctx, createResponder, sendJson } from "./fake-gemini-answers";
import { DEFAULT_TEXT, errorBody, type FakeStep, FakeStepSchema } from "./fake-gemini-steps";

export { DEFAULT_TEXT, type FakeStep, FakeStepSchema, step } from "./fake-gemini-steps";

/** One request as the fake saw it. The key's value is never kept, only whether one was sent. */
export interface RecordedRequest {
  id: number;
  method: string;
  path: string;
  query: string;
  action: "generateContent" | "streamGenerateContent" | "listModels" | "getModel" | "other";
  model: string | null;
  stream: boolean;
  hasApiKey: boolean;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  /** Text parts of `systemInstruction`, joined. */
  systemText: string;
  /** Text parts of every `role: "user"` content, joined with newlines. */
  userText: string;
  receivedAt: number;
}

export type DefaultStep = FakeStep | ((request: RecordedRequest) => FakeStep);

export interface FakeGeminiOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  firstTokenDelayMs?: number;
  tokensPerSecond?: number;
  /** Size of one SSE frame in tokens (4 characters each); default 16. */
  frameTokens?: number;
  /** When set, any other key gets Gemini's 400 API_KEY_INVALID. A missing key always gets 403. */
  apiKey?: string;
  /** Listed by `GET /v1beta/models`; generate answers any model name. */
  models?: string[];
  /** Answer for generate requests when the queue is empty; default `step.ok()` (DEFAULT_TEXT). */
  defaultStep?: DefaultStep;
}

export interface FakeGemini {
  baseUrl: string;
  port: number;
  /** Every API request, oldest first (admin `/__fake/*` calls are not recorded). */
  readonly requests: readonly RecordedRequest[];
  /** Steps consumed one per generate request, before the default applies. */
  enqueue(...steps: FakeStep[]): void;
  /** Steps consumed one per `GET /v1beta/models`: error kinds and `hang` apply, anything else lists models. */
  enqueueListModels(...steps: FakeStep[]): void;
  setDefault(step: DefaultStep): void;
  /** Empties queues and the request log, and restores the default given at start. */
  reset(): void;
  /** Requests whose response has not finished (hanging, stalled, streaming). */
  readonly activeRequests: number;
  /** Open connections that have carried a request (idle ones a client opens ahead of time are not counted). */
  readonly openSockets: number;
  close(): Promise<void>;
}

const GENERATE_PATH = /^\/v1[a-z0-9]*\/models\/([^/:]+):(generateContent|streamGenerateContent)$/;
const MODELS_PATH = /^\/v1[a-z0-9]*\/models(?:\/([^/:]+))?$/;
const AdminEnqueueSchema = z.object({
  steps: z.array(FakeStepSchema).min(1),
  target: z.enum(["generate", "listModels"]).default("generate"),
});
const AdminDefaultSchema = z.object({ step: FakeStepSchema });
const NO_KEY_MESSAGE =
  "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.";
const BAD_KEY_INFO = {
  "@type": "type.googleapis.com/google.rpc.ErrorInfo",
  reason: "API_KEY_INVALID",
  domain: "googleapis.com",
  metadata: { service: "generativelanguage.googleapis.com" },
};

function textOf(content: unknown): string {
  const parts = (content as { parts?: { text?: unknown }[] } | undefined)?.parts ?? [];
  return parts.map((p) => (typeof p.text === "string" ? p.text : "")).join("");
}

/** The key from `x-goog-api-key` or, as Gemini also accepts, `?key=`; the query parameter is removed from `url`. */
function takeApiKey(req: http.IncomingMessage, url: URL): string | undefined {
  const fromQuery = url.searchParams.get("key") ?? undefined;
  url.searchParams.delete("key");
  const fromHeader = req.headers["x-goog-api-key"];
  return (typeof fromHeader === "string" && fromHeader) || fromQuery || undefined;
}

function record(id: number, req: http.IncomingMessage, url: URL, body: unknown, key: string | undefined): RecordedRequest {
  const { "x-goog-api-key": _key, ...headers } = req.headers;
  const generate = GENERATE_PATH.exec(url.pathname);
  const models = MODELS_PATH.exec(url.pathname);
  const b = (body ?? {}) as { systemInstruction?: unknown; contents?: { role?: string }[] };
  const action: RecordedRequest["action"] = generate
    ? generate[2] === "generateContent"
      ? "generateContent"
      : "streamGenerateContent"
    : models
      ? models[1]
        ? "getModel"
        : "listModels"
      : "other";
  return {
    id,
    method: req.method ?? "GET",
    path: url.pathname,
    query: url.search,
    action,
    model: generate?.[1] ?? models?.[1] ?? null,
    stream: action === "streamGenerateContent",
    hasApiKey: key !== undefined,
    headers,
    body,
    systemText: textOf(b.systemInstruction),
    userText: (Array.isArray(b.contents) ? b.contents : [])
      .filter((c) => c.role === "user")
      .map(textOf)
      .join("\n"),
    receivedAt: Date.now(),
  };
}

/** Starts a Gemini REST stand-in on 127.0.0.1 that the real `@genkit-ai/google-genai` plugin can use as `baseUrl`. */
export async function startFakeGemini(options: FakeGeminiOptions = {}): Promise<FakeGemini> {
  const initialDefault: DefaultStep = options.defaultStep ?? { kind: "ok" };
  const frameChars = (options.frameTokens ?? 16) * 4;
  const models = options.models ?? ["gemini-2.0-flash", "gemini-2.0-flash-lite", "gemini-2.5-flash", "gemini-2.5-pro"];
  const requests: RecordedRequest[] = [];
  const queue: FakeStep[] = [];
  const listQueue: FakeStep[] = [];
  const active = new Set<AbortController>();
  const sockets = new Set<Socket>();
  let defaultStep = initialDefault;
  let nextId = 1;

  const resolveDefault = (req: RecordedRequest) => (typeof defaultStep === "function" ? defaultStep(req) : defaultStep);
  const baseText = (req: RecordedRequest) => {
    const d = resolveDefault(req);
    return "text" in d && d.text !== undefined ? d.text : DEFAULT_TEXT;
  };
  const { answerGenerate, answerModels } = createResponder({ frameChars, models, baseText });

  function admin(req: http.IncomingMessage, res: http.ServerResponse, path: string, body: unknown) {
    const route = `${req.method} ${path}`;
    if (route === "GET /__fake/requests") return sendJson(res, 200, { requests });
    if (route === "POST /__fake/reset") {
      fake.reset();
      return sendJson(res, 200, { ok: true });
    }
    const schema =
      route === "POST /__fake/enqueue" ? AdminEnqueueSchema : route === "POST /__fake/default" ? AdminDefaultSchema : null;
    if (!schema) return sendJson(res, 404, { error: `No admin route ${route}` });
    const parsed = schema.safeParse(body);
    if (!parsed.success) return sendJson(res, 400, { error: "Invalid admin request", issues: parsed.error.issues });
    const data = parsed.data;
    if ("step" in data) fake.setDefault(data.step);
    else (data.target === "listModels" ? listQueue : queue).push(...data.steps);
    sendJson(res, 200, { ok: true, queued: queue.length, queuedListModels: listQueue.length });
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    let body: unknown = null;
    let badJson = false;
    try {
      body = raw ? JSON.parse(raw) : null;
    } catch {
      badJson = true;
    }
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname.startsWith("/__fake/")) return admin(req, res, url.pathname, body);

    const socket = req.socket;
    if (!sockets.has(socket)) {
      sockets.add(socket);
      socket.once("close", () => sockets.delete(socket));
    }
    const key = takeApiKey(req, url);
    const rec = record(nextId++, req, url, body, key);
    requests.push(rec);
    const ac = new AbortController();
    active.add(ac);
    res.on("close", () => {
      ac.abort();
      active.delete(ac);
    });
    if (rec.action === "other") {
      return sendJson(res, 404, errorBody(404, "NOT_FOUND", `Method not found: ${req.method} ${url.pathname}`));
    }
    if (!rec.hasApiKey) return sendJson(res, 403, errorBody(403, "PERMISSION_DENIED", NO_KEY_MESSAGE));
    if (options.apiKey !== undefined && key !== options.apiKey) {
      const message = "API key not valid. Please pass a valid API key.";
      return sendJson(res, 400, errorBody(400, "INVALID_ARGUMENT", message, [BAD_KEY_INFO]));
    }
    if (badJson) {
      return sendJson(res, 400, errorBody(400, "INVALID_ARGUMENT", `Invalid JSON payload received. ${raw.slice(0, 80)}`));
    }
    const listing = rec.action === "listModels" || rec.action === "getModel";
    const s = listing ? listQueue.shift() : (queue.shift() ?? resolveDefault(rec));
    const pacing: { firstTokenDelayMs?: number; tokensPerSecond?: number } = s?.kind === "hang" ? {} : (s ?? {});
    const ctx: Ctx = {
      req: rec,
      res,
      signal: ac.signal,
      firstMs: pacing.firstTokenDelayMs ?? options.firstTokenDelayMs ?? 0,
      tps: pacing.tokensPerSecond ?? options.tokensPerSecond,
    };
    return listing ? answerModels(ctx, s) : answerGenerate(ctx, s ?? { kind: "ok" });
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) res.destroy();
      else sendJson(res, 500, errorBody(500, "INTERNAL", `Fake Gemini failed: ${String(error)}`));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;

  const fake: FakeGemini = {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    requests,
    enqueue: (...steps) => void queue.push(...steps.map((s) => FakeStepSchema.parse(s))),
    enqueueListModels: (...steps) => void listQueue.push(...steps.map((s) => FakeStepSchema.parse(s))),
    setDefault: (next) => {
      defaultStep = typeof next === "function" ? next : FakeStepSchema.parse(next);
    },
    reset: () => {
      requests.length = 0;
      queue.length = 0;
      listQueue.length = 0;
      defaultStep = initialDefault;
    },
    get activeRequests() {
      return active.size;
    },
    get openSockets() {
      return sockets.size;
    },
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        for (const ac of active) ac.abort();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
  return fake;
}
