import "server-only";
import { randomBytes } from "node:crypto";
import os from "node:os";

const KEY = Symbol.for("marketplanai.instanceId");
type Holder = { [KEY]?: string };

/**
 * This process's name in the per-minute rollups: the host name (a Cloud Run
 * instance on App Hosting) plus the pid and a random suffix, so two processes
 * on one machine never write the same record.
 */
export function instanceId(): string {
  const holder = globalThis as Holder;
  holder[KEY] ??= `${os.hostname().slice(0, 80)}-${process.pid}-${randomBytes(3).toString("hex")}`;
  return holder[KEY];
}
