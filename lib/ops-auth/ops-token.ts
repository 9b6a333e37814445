import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isSameOrigin, isValidOpsSession, OPS_SESSION_COOKIE, readCookie } from "./ops-session";

const TOKEN_FILE = "ops-token";

export interface OpsToken {
  token: string;
  /** Where it came from: the OPS_API_TOKEN variable, or the file generated into the data directory. */
  source: { kind: "env" } | { kind: "file"; path: string; created: boolean };
}

let loaded: OpsToken | undefined;

/**
 * The bearer token of the operations endpoints: OPS_API_TOKEN when set (every
 * instance must share it), else generated once into the data directory.
 * Two processes starting together agree: only one create wins.
 */
export function loadOpsToken(): OpsToken {
  if (loaded) return loaded;
  const env = getEnv();
  if (env.OPS_API_TOKEN) {
    loaded = { token: env.OPS_API_TOKEN, source: { kind: "env" } };
    return loaded;
  }
  const file = path.join(env.dataDir, TOKEN_FILE);
  fs.mkdirSync(env.dataDir, { recursive: true });
  let created = false;
  try {
    fs.writeFileSync(file, `${randomBytes(32).toString("base64url")}\n`, { flag: "wx", mode: 0o600 });
    created = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const token = fs.readFileSync(file, "utf8").trim();
  if (token.length < 32) throw new Error(`${file} holds no usable token; delete it to make a new one`);
  loaded = { token, source: { kind: "file", path: file, created } };
  return loaded;
}

export function resetOpsTokenForTests(): void {
  loaded = undefined;
}

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

/** Constant-time check: fixed-length digests are compared, so neither length nor prefix leaks. */
export function isOpsToken(candidate: string, token: string): boolean {
  return timingSafeEqual(digest(candidate), digest(token));
}

const CHALLENGE = 'Bearer realm="marketplanai-ops"';

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Throws 401 (with `WWW-Authenticate`) unless the request carries
 * `Authorization: Bearer <ops token>` or, without that header, the /ops
 * dashboard's session cookie; a cookie-authenticated change (POST and the
 * like) must also come from this site's own origin (403 otherwise).
 */
export function requireOpsToken(request: Request): void {
  const header = request.headers.get("authorization");
  if (header === null) {
    const session = readCookie(request, OPS_SESSION_COOKIE);
    if (session !== undefined && isValidOpsSession(session, loadOpsToken().token)) {
      if (!SAFE_METHODS.has(request.method) && !isSameOrigin(request)) {
        throw new AppError("forbidden", "A change made with the dashboard session must come from the dashboard's own pages.");
      }
      return;
    }
  }
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  if (!match?.[1]) {
    throw new AppError(
      "unauthorized",
      "This endpoint needs the operations token: send `Authorization: Bearer <OPS_API_TOKEN>` (locally the token is in the data directory's ops-token file).",
      { headers: { "www-authenticate": CHALLENGE } },
    );
  }
  if (!isOpsToken(match[1], loadOpsToken().token)) {
    throw new AppError("unauthorized", "The operations token is not valid.", {
      headers: { "www-authenticate": `${CHALLENGE}, error="invalid_token"` },
    });
  }
}
