import fs from "node:fs";
import path from "node:path";
import { getEnv } from "@/lib/env";

/** The running app an API command talks to, and the ops token it sends (never printed). */
export interface ApiTarget {
  baseUrl: string;
  token: string;
  /** Where the token came from, for messages: `OPS_API_TOKEN` or the file's path. */
  tokenSource: string;
}

/** A refusal from the app (4xx/5xx) or no answer at all: exit 1 with the app's own message. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

/**
 * BASE_URL (the local server on PORT by default) and OPS_API_TOKEN, else the
 * token the local server generated into the data directory at its first start.
 */
export function apiTarget(): ApiTarget {
  const env = getEnv();
  const baseUrl = (env.BASE_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
  if (env.OPS_API_TOKEN) return { baseUrl, token: env.OPS_API_TOKEN, tokenSource: "OPS_API_TOKEN" };
  const file = path.join(env.dataDir, "ops-token");
  let token = "";
  try {
    token = fs.readFileSync(file, "utf8").trim();
  } catch {
    // Reported below with what to do.
  }
  if (token.length < 32)
    throw new ApiError(
      `no operations token: set OPS_API_TOKEN, or start the local server once (npm start) so it writes ${file}`,
      null,
    );
  return { baseUrl, token, tokenSource: file };
}

interface ErrorBody {
  error?: { message?: string; fields?: { field: string; message: string }[] };
}

/** Calls the app's API with the ops token; answers the JSON body, or throws ApiError with the app's message. */
export async function callApi<T>(target: ApiTarget, method: "GET" | "POST", pathAndQuery: string, body?: unknown): Promise<T> {
  const url = `${target.baseUrl}${pathAndQuery}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${target.token}`,
        accept: "application/json",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    const why = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    throw new ApiError(`cannot reach the app at ${target.baseUrl} (${why}); is it running? Set BASE_URL for another one.`, null);
  }
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  if (!response.ok) {
    const answer = (parsed ?? {}) as ErrorBody;
    const fields = answer.error?.fields?.map((f) => `${f.field || "body"}: ${f.message}`).join("; ");
    const message = answer.error?.message ?? `${response.status} ${response.statusText}`;
    const hint = response.status === 401 ? ` (token from ${target.tokenSource})` : "";
    throw new ApiError(
      `${response.status}: ${message}${fields && !message.includes(fields) ? ` [${fields}]` : ""}${hint}`,
      response.status,
    );
  }
  return parsed as T;
}
