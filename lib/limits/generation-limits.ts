import "server-only";
import { createHmac } from "node:crypto";
import { isIPv6 } from "node:net";
import { identityKeyForSigning } from "@/lib/auth";
import { type Env, getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { log } from "@/lib/log";
import { getStore, type QuotaLimit } from "@/lib/store";
import type { QuotaDecision } from "@/lib/store/types";
import { type LimitedBy, refusalMessage } from "./limit-messages";

/**
 * Counts one model call (a plan or a section rewrite) against the caller's
 * identity and client address, in the store so the limits hold across
 * instances; 429 with Retry-After when either is spent. The address is kept
 * only as a keyed hash. A store that cannot answer lets the request through:
 * limits protect the service, and an outage must not also cost people their plans.
 */
export async function enforceGenerationLimits(args: { request: Request; userId: string; now?: Date }): Promise<void> {
  const env = getEnv();
  const now = args.now ?? new Date();
  const ip = clientIp(args.request, env.TRUSTED_PROXY_HOPS);
  const checks: Array<{ key: string; limits: QuotaLimit[]; by: LimitedBy }> = [];
  if (ip) checks.push({ key: `gen:ip:${hashAddress(ip)}`, limits: ipLimits(env), by: "network" });
  checks.push({ key: `gen:user:${args.userId}`, limits: personLimits(env), by: "person" });

  const store = getStore();
  const taken: string[] = [];
  for (const check of checks) {
    let decision: QuotaDecision;
    try {
      decision = await store.consumeQuota({ key: check.key, limits: check.limits, now });
    } catch (error) {
      log.warn("limits.uncounted", {
        by: check.by,
        error: error instanceof Error ? error.message.split("\n")[0] : String(error),
      });
      return;
    }
    if (decision.allowed) {
      taken.push(check.key);
      continue;
    }
    // Refused by the second limit: the first one's unit was not used.
    await Promise.all(taken.map((key) => store.releaseQuota({ key, windows: ["minute", "day"], takenAt: now }).catch(() => 0)));
    const retryAfterSeconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
    const limit = check.limits.find((l) => l.window === decision.exhausted)?.limit ?? 0;
    log.info("limits.refused", { by: check.by, window: decision.exhausted });
    throw new AppError("rate_limited", refusalMessage({ by: check.by, window: decision.exhausted, limit, retryAfterSeconds }), {
      headers: { "retry-after": String(retryAfterSeconds) },
    });
  }
}

const personLimits = (env: Env): QuotaLimit[] => [
  { window: "minute", limit: env.GENERATION_LIMIT_PER_MINUTE },
  { window: "day", limit: env.GENERATION_LIMIT_PER_DAY },
];

const ipLimits = (env: Env): QuotaLimit[] => [
  { window: "minute", limit: env.GENERATION_IP_LIMIT_PER_MINUTE },
  { window: "day", limit: env.GENERATION_IP_LIMIT_PER_DAY },
];

/**
 * A keyed hash of the address (of its /64 network for IPv6, which one home or
 * phone gets whole), so the store never holds an address and a leaked store
 * cannot be reversed by hashing every IPv4 address.
 */
function hashAddress(ip: string): string {
  const network = isIPv6(ip) ? expandIPv6(ip).slice(0, 4).join(":") : ip;
  return createHmac("sha256", identityKeyForSigning()).update(`client-ip:${network}`).digest("base64url").slice(0, 22);
}

function expandIPv6(ip: string): string[] {
  const [head = "", tail] = ip.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const zeros = Array.from({ length: Math.max(0, 8 - left.length - right.length) }, () => "0");
  return [...left, ...(tail === undefined ? [] : zeros), ...right].map((part) => part.padStart(4, "0"));
}
