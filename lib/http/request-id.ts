import { randomBytes } from "node:crypto";

const INCOMING = /^[A-Za-z0-9._:-]{8,128}$/;

/** The request id: the platform's when it sent a sane one, else a fresh one. */
export function requestIdFor(request: Request): string {
  const incoming = request.headers.get("x-request-id") ?? request.headers.get("x-cloud-trace-context")?.split("/")[0];
  return incoming && INCOMING.test(incoming) ? incoming : randomBytes(12).toString("base64url");
}
