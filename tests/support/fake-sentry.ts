import http from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { type Envelope, parseEnvelope } from "./fake-sentry-envelope";

export { type Envelope, type EnvelopeItem, parseEnvelope } from "./fake-sentry-envelope";

/** One envelope as the fake received it. */
export interface ReceivedEnvelope {
  project: string;
  /** The body after undoing any content-encoding: search it for what must never leave. */
  raw: Buffer;
  envelope: Envelope;
  contentEncoding: string | null;
}

/** A Sentry event as it arrived (the payload of an `event` item). */
export type SentryEvent = Record<string, unknown> & {
  release?: string;
  environment?: string;
  tags?: Record<string, unknown>;
  exception?: { values?: Array<{ type?: string; value?: string }> };
  request?: Record<string, unknown>;
};

export interface FakeSentry {
  /** `http://public@127.0.0.1:PORT/1`, for SENTRY_DSN. */
  dsn: string;
  readonly envelopes: readonly ReceivedEnvelope[];
  /** Payloads of every `event` item received so far. */
  events(): SentryEvent[];
  /** Resolves with the first event matching `predicate`, waiting up to `timeoutMs`. */
  waitForEvent(predicate: (event: SentryEvent) => boolean, timeoutMs?: number): Promise<SentryEvent>;
  reset(): void;
  close(): Promise<void>;
}

const ENVELOPE_PATH = /^\/api\/([^/]+)\/envelope\/?$/;
const DECODERS: Record<string, (body: Buffer) => Promise<Buffer>> = {
  gzip: promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
  br: promisify(zlib.brotliDecompress),
};

async function readBody(request: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A local stand-in for Sentry's ingest: accepts `POST /api/<project>/envelope/`
 * (gzip, deflate or br encoded or not), keeps every envelope for assertions and
 * answers 200 like Sentry does. Anything else answers 404. A fixed `port` is
 * for builds with a DSN baked in (the browser's); 0, the default, picks a free one.
 */
export async function startFakeSentry(options: { port?: number } = {}): Promise<FakeSentry> {
  const received: ReceivedEnvelope[] = [];
  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://fake-sentry");
    const match = ENVELOPE_PATH.exec(url.pathname);
    if (request.method !== "POST" || !match) {
      response.writeHead(404).end();
      return;
    }
    try {
      const encoding = request.headers["content-encoding"]?.toLowerCase() ?? null;
      const body = await readBody(request);
      const decode = encoding ? DECODERS[encoding] : undefined;
      if (encoding && !decode) throw new Error(`Unsupported content-encoding ${encoding}`);
      const raw = decode ? await decode(body) : body;
      received.push({ project: match[1] ?? "", raw, envelope: parseEnvelope(raw), contentEncoding: encoding });
      // Sentry answers browsers with CORS headers; so does the stand-in, for the browser SDK test.
      response.writeHead(200, { "content-type": "application/json", "access-control-allow-origin": "*" }).end("{}");
    } catch (error) {
      response.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ detail: String(error) }));
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const events = () =>
    received.flatMap(({ envelope }) =>
      envelope.items.filter((item) => item.header.type === "event").map((item) => item.payload as SentryEvent),
    );

  return {
    dsn: `http://public@127.0.0.1:${port}/1`,
    envelopes: received,
    events,
    async waitForEvent(predicate, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = events().find(predicate);
        if (found) return found;
        if (Date.now() > deadline) {
          throw new Error(`No matching Sentry event within ${timeoutMs} ms (${received.length} envelopes received)`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    reset() {
      received.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
