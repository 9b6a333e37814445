import http from "node:http";
import type net from "node:net";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";

/** A route handler as app/ exports it, with its dynamic params already matched. */
export type RouteHandler = (request: Request, params: Record<string, string>) => Promise<Response>;

export interface RouteServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves route handlers over real HTTP, for tests of browser-side code (fetch,
 * headers, streaming) without a Next.js build. Patterns are "METHOD /path/:param".
 */
export async function startRouteServer(routes: Record<string, RouteHandler>): Promise<RouteServer> {
  const table = Object.entries(routes).map(([pattern, handler]) => {
    const [method = "GET", path = "/"] = pattern.split(" ");
    const names: string[] = [];
    const regex = new RegExp(
      `^${path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
        names.push(name);
        return "([^/]+)";
      })}$`,
    );
    return { method, regex, names, handler };
  });

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const route = table.find((r) => r.method === req.method && r.regex.test(url.pathname));
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    const values = route.regex.exec(url.pathname)?.slice(1) ?? [];
    const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(values[i] ?? "")]));
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === "string") headers.set(name, value);
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    const request = new Request(url, { method: req.method, headers, ...(hasBody ? { body: Buffer.concat(chunks) } : {}) });
    const response = await route.handler(request, params);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    if (!response.body) {
      res.end();
      return;
    }
    Readable.fromWeb(response.body as NodeReadableStream).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
