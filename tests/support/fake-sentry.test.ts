import { defaultStackParser, makeNodeTransport, NodeClient, Scope } from "@sentry/nextjs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeSentry, parseEnvelope, startFakeSentry } from "./fake-sentry";

describe("parseEnvelope", () => {
  it("reads the header, items with a length (newlines inside) and items up to the end of their line", () => {
    const attachment = "line one\nline two";
    const body = Buffer.from(
      [
        JSON.stringify({ event_id: "abc", sent_at: "2026-01-01T00:00:00.000Z" }),
        JSON.stringify({ type: "event" }),
        JSON.stringify({ message: "first" }),
        JSON.stringify({ type: "attachment", length: Buffer.byteLength(attachment), filename: "a.txt" }),
        attachment,
        JSON.stringify({ type: "client_report" }),
        JSON.stringify({ discarded_events: [] }),
        "",
      ].join("\n"),
    );
    const envelope = parseEnvelope(body);
    expect(envelope.header.event_id).toBe("abc");
    expect(envelope.items.map((item) => item.header.type)).toEqual(["event", "attachment", "client_report"]);
    expect(envelope.items[0]?.payload).toEqual({ message: "first" });
    expect(envelope.items[1]?.raw.toString()).toBe(attachment);
    expect(envelope.items[2]?.payload).toEqual({ discarded_events: [] });
  });

  it("counts length in bytes, not characters", () => {
    const payload = JSON.stringify({ message: "café ☕" });
    const body = Buffer.from(`{}\n${JSON.stringify({ type: "event", length: Buffer.byteLength(payload) })}\n${payload}`);
    expect(parseEnvelope(body).items[0]?.payload).toEqual({ message: "café ☕" });
  });

  it("refuses an item shorter than its stated length", () => {
    const body = Buffer.from(`{}\n${JSON.stringify({ type: "event", length: 100 })}\n{"a":1}`);
    expect(() => parseEnvelope(body)).toThrow(/cut short/);
  });
});

describe("the fake ingest, fed by the real Node SDK transport", () => {
  let fake: FakeSentry;
  let client: NodeClient;

  beforeAll(async () => {
    fake = await startFakeSentry();
    client = new NodeClient({
      dsn: fake.dsn,
      release: "test-release",
      environment: "unit",
      transport: makeNodeTransport,
      stackParser: defaultStackParser,
      integrations: [],
    });
  });

  beforeEach(() => fake.reset());

  afterAll(async () => {
    await client?.close(2_000);
    await fake?.close();
  });

  it("keeps a small event sent as plain text", async () => {
    const scope = new Scope();
    scope.setClient(client);
    scope.setTag("request_id", "req-small-0001");
    client.captureException(new Error("small failure"), undefined, scope);
    await client.flush(5_000);
    const event = await fake.waitForEvent((e) => e.tags?.request_id === "req-small-0001");
    expect(event.release).toBe("test-release");
    expect(event.environment).toBe("unit");
    expect(event.exception?.values?.[0]?.value).toBe("small failure");
    expect(fake.envelopes[0]?.project).toBe("1");
    expect(fake.envelopes[0]?.contentEncoding).toBeNull();
  });

  it("decompresses an event the SDK gzipped (bodies over 32 KB)", async () => {
    const scope = new Scope();
    scope.setClient(client);
    scope.setTag("request_id", "req-large-0001");
    scope.setContext("bulk", { filler: "x".repeat(40_000) });
    client.captureException(new Error("large failure"), undefined, scope);
    await client.flush(5_000);
    const event = await fake.waitForEvent((e) => e.tags?.request_id === "req-large-0001");
    expect(event.exception?.values?.[0]?.value).toBe("large failure");
    expect(fake.envelopes.at(-1)?.contentEncoding).toBe("gzip");
    expect(fake.envelopes.at(-1)?.raw.includes("x".repeat(1_000))).toBe(true);
  });

  it("answers 404 off the envelope path", async () => {
    const response = await fetch(fake.dsn.replace("public@", "").replace(/\/1$/, "/api/1/store/"), {
      method: "POST",
      body: "{}",
    });
    expect(response.status).toBe(404);
  });
});
