import type { Breadcrumb, Event, Exception, NodeOptions, StackFrame } from "@sentry/nextjs";

type SpanJSON = NonNullable<Event["spans"]>[number];

/**
 * What may leave in a Sentry event. Allow-lists throughout: a field that is not
 * named here is dropped, so a new SDK field or a careless `setExtra` cannot
 * carry a business description, plan text, a share token or a cookie out.
 */
const EVENT_KEYS = [
  "event_id",
  "timestamp",
  "start_timestamp",
  "level",
  "platform",
  "logger",
  "server_name",
  "release",
  "dist",
  "environment",
  "sdk",
  "modules",
  "fingerprint",
  "type",
  "measurements",
  "debug_meta",
  "sdkProcessingMetadata",
  "transaction_info",
] as const;
const REQUEST_HEADERS = new Set([
  "host",
  "user-agent",
  "accept",
  "accept-language",
  "content-type",
  "content-length",
  "x-request-id",
]);
const CONTEXTS = new Set(["trace", "runtime", "os", "device", "app", "culture", "cloud_resource", "nextjs", "response"]);
const TAGS = new Set(["request_id", "route", "runtime", "turbopack", "url", "transaction"]);
const BREADCRUMB_CATEGORIES = new Set(["http", "fetch", "xhr", "navigation", "ui.click", "sentry.event", "sentry.transaction"]);
const BREADCRUMB_DATA = new Set(["method", "status_code", "url", "from", "to"]);
const SPAN_DATA_DROPPED = /(body|query|cookie|header|payload|prompt|input|output|message|text|statement)/i;
const MAX_MESSAGE_CHARS = 300;

/**
 * The SDK's own collection switches (SDK 11's successor to `sendDefaultPii`),
 * all off but a few request headers: the first line of defence, before scrubEvent.
 */
export const DATA_COLLECTION: NonNullable<NodeOptions["dataCollection"]> = {
  userInfo: false,
  cookies: false,
  httpHeaders: { request: { allow: [...REQUEST_HEADERS] }, response: false },
  httpBodies: [],
  urlQueryParams: false,
  graphQL: { document: false, variables: false },
  genAI: { inputs: false, outputs: false },
  databaseQueryData: false,
  queues: false,
  // Local variables would hold descriptions and plans.
  stackFrameVariables: false,
};

/** A share token or a base64url id (plan ids are 22 characters, share tokens 43). */
const OPAQUE_SEGMENT = /^[A-Za-z0-9_-]{20,}$/;

/**
 * A path with what identifies data masked: the segment after `shared` becomes
 * `[token]`, long opaque ids `[id]`. `/api/shared/abc…` → `/api/shared/[token]`.
 */
export function maskPath(pathname: string): string {
  const segments = pathname.split("/");
  return segments
    .map((segment, index) => {
      if (index > 0 && segments[index - 1] === "shared" && segment) return "[token]";
      return OPAQUE_SEGMENT.test(segment) ? "[id]" : segment;
    })
    .join("/");
}

/** A URL without query string or fragment, its path masked. Unparsable input keeps only a masked path. */
export function scrubUrl(url: string): string {
  try {
    const parsed = new URL(url, "http://relative.invalid");
    const path = maskPath(parsed.pathname);
    return parsed.origin === "http://relative.invalid" ? path : `${parsed.origin}${path}`;
  } catch {
    return maskPath(url.split(/[?#]/)[0] ?? "");
  }
}

/** Masks paths inside free text, such as a transaction name `GET /shared/abc…`. */
function maskPathsIn(text: string): string {
  return text.replace(/\/[^\s?#]*(\?[^\s#]*)?(#\S*)?/g, (path) => maskPath(path.split(/[?#]/)[0] ?? ""));
}

/** Error messages can quote data (a schema error quotes the plan it rejected): the first line, capped. */
function scrubMessage(message: string): string {
  const first = message.split("\n")[0] ?? "";
  const capped = first.length > MAX_MESSAGE_CHARS ? `${first.slice(0, MAX_MESSAGE_CHARS)}…` : first;
  return maskPathsIn(capped);
}

function pick<T extends object>(source: T, keys: Iterable<string>): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = (source as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return out as Partial<T>;
}

function scrubFrame(frame: StackFrame): StackFrame {
  const { vars: _vars, ...rest } = frame;
  return rest;
}

function scrubException(exception: Exception): Exception {
  return {
    ...exception,
    ...(exception.value !== undefined ? { value: scrubMessage(exception.value) } : {}),
    ...(exception.stacktrace
      ? { stacktrace: { ...exception.stacktrace, frames: exception.stacktrace.frames?.map(scrubFrame) } }
      : {}),
  };
}

function scrubRequest(request: NonNullable<Event["request"]>): NonNullable<Event["request"]> {
  const headers = Object.fromEntries(
    Object.entries(request.headers ?? {}).filter(([name]) => REQUEST_HEADERS.has(name.toLowerCase())),
  );
  return {
    ...(request.method ? { method: request.method } : {}),
    ...(request.url ? { url: scrubUrl(request.url) } : {}),
    headers,
  };
}

function scrubContexts(contexts: NonNullable<Event["contexts"]>): NonNullable<Event["contexts"]> {
  const kept = pick(contexts, CONTEXTS) as NonNullable<Event["contexts"]>;
  const nextjs = kept.nextjs as Record<string, unknown> | undefined;
  if (nextjs && typeof nextjs.request_path === "string") kept.nextjs = { ...nextjs, request_path: maskPath(nextjs.request_path) };
  if (kept.response) kept.response = pick(kept.response, ["status_code"]);
  return kept;
}

function scrubSpan(span: SpanJSON): SpanJSON {
  const data = Object.fromEntries(
    Object.entries(span.data ?? {})
      .filter(([key]) => !SPAN_DATA_DROPPED.test(key))
      .map(([key, value]) => [key, typeof value === "string" ? maskPathsIn(value) : value]),
  );
  return { ...span, ...(span.description ? { description: maskPathsIn(span.description) } : {}), data };
}

/**
 * A breadcrumb as it may leave: only network, navigation and click trails, with
 * URLs stripped of query strings and tokens. Console and log breadcrumbs are
 * dropped (a message can hold anything).
 */
export function scrubBreadcrumb(breadcrumb: Breadcrumb): Breadcrumb | null {
  if (!breadcrumb.category || !BREADCRUMB_CATEGORIES.has(breadcrumb.category)) return null;
  const data = breadcrumb.data
    ? Object.fromEntries(
        Object.entries(pick(breadcrumb.data, BREADCRUMB_DATA)).map(([key, value]) => [
          key,
          typeof value === "string" && key !== "method" ? scrubUrl(value) : value,
        ]),
      )
    : undefined;
  return {
    ...pick(breadcrumb, ["type", "level", "category", "timestamp", "event_id"]),
    // A click's message is a CSS selector, a navigation's none: never free text.
    ...(breadcrumb.category === "ui.click" && breadcrumb.message ? { message: maskPathsIn(breadcrumb.message) } : {}),
    ...(data ? { data } : {}),
  };
}

/**
 * The event as it may leave (errors and transactions alike): allow-listed
 * fields, the request without body, cookies, query string or sensitive
 * headers, no `extra`, no user (so no IP address), masked paths and tokens,
 * exception messages cut to their first line, no local variables.
 */
export function scrubEvent<E extends Event>(event: E): E {
  const out = pick(event, EVENT_KEYS) as E;
  if (event.transaction) out.transaction = maskPathsIn(event.transaction);
  if (event.message) out.message = scrubMessage(event.message);
  if (event.exception?.values) out.exception = { values: event.exception.values.map(scrubException) };
  if (event.request) out.request = scrubRequest(event.request);
  if (event.contexts) out.contexts = scrubContexts(event.contexts);
  if (event.tags) {
    out.tags = Object.fromEntries(
      Object.entries(pick(event.tags, TAGS)).map(([key, value]) => [key, typeof value === "string" ? maskPathsIn(value) : value]),
    );
  }
  if (event.breadcrumbs) {
    out.breadcrumbs = event.breadcrumbs.map(scrubBreadcrumb).filter((crumb): crumb is Breadcrumb => crumb !== null);
  }
  if (event.spans) out.spans = event.spans.map(scrubSpan);
  return out;
}
