import http from "node:http";
import type net from "node:net";
import { Arrivals } from "./arrivals";

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** The body exactly as sent. */
  raw: string;
  /** The body parsed as JSON (undefined when it is not JSON). */
  json: unknown;
}

export interface HttpReceiver {
  /** `http://127.0.0.1:PORT/PATH` to configure as the webhook or events URL. */
  url: string;
  requests: ReceivedRequest[];
  /** Answers the next `count` requests with `status` (a failing receiver), then normally again. */
  failNext(count: number, status?: number): void;
  /** Resolves once `count` requests have arrived (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedRequest[]>;
  /** Resolves once `count` requests that `match` have arrived, with those (other traffic may come in between). */
  waitForMatch(match: (request: ReceivedRequest) => boolean, count?: number, timeoutMs?: number): Promise<ReceivedRequest[]>;
  close(): Promise<void>;
}

/**
 * A real HTTP receiver on 127.0.0.1 that records every request's exact body
 * and answers as the real service does: Slack 200 `ok`, PagerDuty 202 with
 * its JSON, a webhook 204.
 */
export async function startHttpReceiver(kind: "slack" | "pagerduty" | "webhook"): Promise<HttpReceiver> {
  const arrivals = new Arrivals<ReceivedRequest>(`${kind} receiver`);
  let failures: { count: number; status: number } = { count: 0, status: 500 };
  const path = { slack: "/services/T000/B000/secret-slack-token", pagerduty: "/v2/enqueue", webhook: "/hooks/alerts" }[kind];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        json = undefined;
      }
      arrivals.add({ method: req.method ?? "", path: req.url ?? "", headers: req.headers, raw, json });
      if (failures.count > 0) {
        failures = { ...failures, count: failures.count - 1 };
        res.writeHead(failures.status, { "content-type": "text/plain" }).end("failing on purpose");
        return;
      }
      if (req.url !== path) return void res.writeHead(404).end("no such hook");
      if (kind === "slack") return void res.writeHead(200, { "content-type": "text/plain" }).end("ok");
      if (kind === "pagerduty") {
        const dedupKey = (json as { dedup_key?: string } | undefined)?.dedup_key ?? "";
        return void res
          .writeHead(202, { "content-type": "application/json" })
          .end(JSON.stringify({ status: "success", message: "Event processed", dedup_key: dedupKey }));
      }
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${path}`,
    requests: arrivals.items,
    failNext: (count, status = 500) => {
      failures = { count, status };
    },
    waitFor: (count, timeoutMs) => arrivals.waitFor(count, timeoutMs),
    waitForMatch: (match, count, timeoutMs) => arrivals.waitForMatch(match, count, timeoutMs),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
