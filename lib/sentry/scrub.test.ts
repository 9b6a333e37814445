import type { ErrorEvent } from "@sentry/nextjs";
import { describe, expect, it } from "vitest";
import { maskPath, scrubBreadcrumb, scrubEvent, scrubUrl } from "./scrub";

const DESCRIPTION = "Quayside Kayak Hire rents sea kayaks to tourists in Whitby";
const TOKEN = "Zk3vQ9xL2mN8pR4tW6yB1cD5fG7hJ0kL3nP5rT7vX9z";
const PLAN_ID = "a1B2c3D4e5F6g7H8i9J0kL";

function sampleEvent(): ErrorEvent {
  return {
    type: undefined,
    event_id: "0123456789abcdef0123456789abcdef",
    release: "abc123",
    environment: "production",
    transaction: `GET /shared/${TOKEN}`,
    exception: {
      values: [
        {
          type: "Error",
          value: `Schema validation failed. Parse Errors:\n- summary: Provided data: ${DESCRIPTION}`,
          stacktrace: { frames: [{ filename: "app.js", lineno: 1, vars: { description: DESCRIPTION } }] },
        },
      ],
    },
    request: {
      method: "POST",
      url: `https://app.example/api/shared/${TOKEN}?access_token=secret#frag`,
      data: { businessDescription: DESCRIPTION },
      cookies: { mp_uid: "u_secret.signature" },
      query_string: { access_token: "secret" },
      headers: {
        cookie: "mp_uid=u_secret.signature",
        authorization: "Bearer ey.secret",
        "x-request-id": "req-0001-abcd",
        "user-agent": "test",
        "x-forwarded-for": "203.0.113.7",
      },
    },
    user: { id: "u_someone", ip_address: "203.0.113.7" },
    extra: { input: { businessDescription: DESCRIPTION } },
    contexts: {
      trace: { trace_id: "t", span_id: "s" },
      plan: { text: DESCRIPTION },
      nextjs: { request_path: `/shared/${TOKEN}`, route_type: "render" },
      response: { status_code: 500, headers: { "set-cookie": "mp_uid=x" } },
    },
    tags: { request_id: "req-0001-abcd", route: `/api/plans/${PLAN_ID}`, business: DESCRIPTION },
    breadcrumbs: [
      { category: "console", message: `generating for ${DESCRIPTION}` },
      { category: "fetch", data: { method: "GET", url: `/api/shared/${TOKEN}?x=1`, status_code: 200, body: DESCRIPTION } },
    ],
  };
}

describe("scrubEvent", () => {
  const scrubbed = scrubEvent(sampleEvent());
  const text = JSON.stringify(scrubbed);

  it("leaves no description, plan text, token, cookie, authorization or IP address anywhere", () => {
    for (const secret of [DESCRIPTION, TOKEN, "u_secret", "Bearer", "203.0.113.7", "access_token", "Whitby"]) {
      expect(text, secret).not.toContain(secret);
    }
  });

  it("keeps what identifies the failure: release, environment, request id, route, exception type and first line", () => {
    expect(scrubbed.release).toBe("abc123");
    expect(scrubbed.environment).toBe("production");
    expect(scrubbed.tags).toEqual({ request_id: "req-0001-abcd", route: "/api/plans/[id]" });
    expect(scrubbed.exception?.values?.[0]?.type).toBe("Error");
    expect(scrubbed.exception?.values?.[0]?.value).toBe("Schema validation failed. Parse Errors:");
    expect(scrubbed.exception?.values?.[0]?.stacktrace?.frames?.[0]).toEqual({ filename: "app.js", lineno: 1 });
    expect(scrubbed.transaction).toBe("GET /shared/[token]");
  });

  it("keeps the request's method, masked URL and allowed headers only", () => {
    expect(scrubbed.request).toEqual({
      method: "POST",
      url: "https://app.example/api/shared/[token]",
      headers: { "x-request-id": "req-0001-abcd", "user-agent": "test" },
    });
  });

  it("drops extra, user and unknown contexts; masks the Next.js request path", () => {
    expect(scrubbed.extra).toBeUndefined();
    expect(scrubbed.user).toBeUndefined();
    expect(scrubbed.contexts).toEqual({
      trace: { trace_id: "t", span_id: "s" },
      nextjs: { request_path: "/shared/[token]", route_type: "render" },
      response: { status_code: 500 },
    });
  });

  it("cuts a long first line of an exception message", () => {
    const long = scrubEvent({ type: undefined, exception: { values: [{ value: "y".repeat(1_000) }] } });
    expect(long.exception?.values?.[0]?.value).toHaveLength(301);
  });

  it("masks span descriptions and drops body and query attributes of transactions", () => {
    const transaction = scrubEvent({
      type: "transaction",
      spans: [
        {
          span_id: "1",
          trace_id: "t",
          start_timestamp: 0,
          status: "ok",
          data: { "url.full": `http://x/api/shared/${TOKEN}?a=b`, "http.request.body": DESCRIPTION, "http.query": "a=b" },
          description: `GET /api/shared/${TOKEN}`,
        },
      ],
    });
    expect(transaction.spans?.[0]?.description).toBe("GET /api/shared/[token]");
    expect(transaction.spans?.[0]?.data).toEqual({ "url.full": "http://x/api/shared/[token]" });
  });
});

describe("scrubBreadcrumb", () => {
  it("drops console and unknown breadcrumbs", () => {
    expect(scrubBreadcrumb({ category: "console", message: DESCRIPTION })).toBeNull();
    expect(scrubBreadcrumb({ message: DESCRIPTION })).toBeNull();
  });

  it("keeps a fetch's method, status and masked URL, nothing else", () => {
    const crumb = scrubBreadcrumb({
      category: "fetch",
      type: "http",
      data: { method: "POST", url: `/api/shared/${TOKEN}?token=1`, status_code: 500, request_body: DESCRIPTION },
    });
    expect(crumb).toEqual({
      category: "fetch",
      type: "http",
      data: { method: "POST", url: "/api/shared/[token]", status_code: 500 },
    });
  });
});

describe("maskPath and scrubUrl", () => {
  it("masks share tokens and opaque ids, keeps the rest", () => {
    expect(maskPath(`/api/shared/${TOKEN}`)).toBe("/api/shared/[token]");
    expect(maskPath(`/shared/short`)).toBe("/shared/[token]");
    expect(maskPath(`/api/plans/${PLAN_ID}/versions/3`)).toBe("/api/plans/[id]/versions/3");
    expect(maskPath("/api/livez")).toBe("/api/livez");
  });

  it("drops query strings and fragments, relative or absolute", () => {
    expect(scrubUrl("/api/plans?cursor=abc")).toBe("/api/plans");
    expect(scrubUrl("http://127.0.0.1:3000/x?y=1#z")).toBe("http://127.0.0.1:3000/x");
  });
});
