import http from "node:http";
import net from "node:net";

/** A TCP port on 127.0.0.1 that was free a moment ago (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Whether `url` answers 2xx within `timeoutMs`, body included. Plain node:http with its own
 * timer that destroys the socket, so the bound does not depend on fetch's abort plumbing:
 * a readiness probe must never wait longer than it says.
 */
export function answersOk(url: string, timeoutMs = 2_000): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (ok: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      resolve(ok);
    };
    const request = http.get(url, { agent: false, headers: { connection: "close" } }, (response) => {
      response.on("data", () => {});
      response.on("end", () => settle((response.statusCode ?? 0) >= 200 && (response.statusCode ?? 0) < 300));
      response.on("error", () => settle(false));
    });
    request.on("error", () => settle(false));
    const timer = setTimeout(() => settle(false), timeoutMs);
  });
}
