import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetRangeSumsForTests } from "@/lib/analytics/range-sums";
import { RollupKey } from "@/lib/metrics/rollup-keys";
import { resetStatusCacheForTests } from "@/lib/status/status";
import { resetStatusPageCacheForTests } from "@/lib/status/status-page";
import { getStore } from "@/lib/store";
import { IncidentSchema } from "@/lib/store/observability-records";
import type { Incident } from "@/lib/store/types";
import { useLocalApp } from "@/tests/support/local-app";
import * as badge from "./badge.svg/route";
import * as atom from "./feed.atom/route";
import * as rss from "./feed.rss/route";

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

/** One resolved incident with a title that must be escaped, and one still being investigated. */
const RESOLVED: Incident = IncidentSchema.parse({
  id: "inc-db-slow",
  title: 'Saving plans was slow <script>alert("x")</script> & timed out',
  status: "resolved",
  impact: "major",
  components: ["database"],
  createdAt: ago(3 * 3_600_000),
  resolvedAt: ago(2 * 3_600_000),
  updates: [
    { status: "investigating", body: "Saves take 10 s; we are looking.", createdAt: ago(3 * 3_600_000) },
    { status: "resolved", body: "The index was rebuilt; saves are fast again.", createdAt: ago(2 * 3_600_000) },
  ],
});
const ACTIVE: Incident = IncidentSchema.parse({
  id: "inc-ai-errors",
  title: "Plans fail to generate",
  status: "investigating",
  impact: "critical",
  components: ["ai_service"],
  createdAt: ago(600_000),
  resolvedAt: null,
  updates: [{ status: "investigating", body: "Most generations fail since 14:00.", createdAt: ago(600_000) }],
});

const get = (handler: (request: Request) => Promise<Response>, path: string) =>
  handler(new Request(`http://127.0.0.1:3000${path}`, { headers: { host: "status.example.test" } }));

describe("status feeds and badge", () => {
  let cleanup: () => Promise<void>;

  beforeAll(() => {
    cleanup = useLocalApp();
  });
  afterAll(async () => {
    await cleanup();
  });
  beforeEach(() => {
    resetStatusCacheForTests();
    resetStatusPageCacheForTests();
    resetRangeSumsForTests();
  });

  it("badge says operational before any incident", async () => {
    const response = await get(badge.GET, "/status/badge.svg");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect(response.headers.get("cache-control")).toMatch(/max-age=\d+/);
    const svg = await response.text();
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('aria-label="status: operational"');
  });

  it("serves valid RSS and Atom with the seeded incidents, escaped", async () => {
    const store = getStore();
    await store.createIncident({ incident: RESOLVED });
    await store.createIncident({ incident: ACTIVE });

    const rssResponse = await get(rss.GET, "/status/feed.rss");
    expect(rssResponse.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    const rssText = await rssResponse.text();
    expect(XMLValidator.validate(rssText)).toBe(true);
    expect(rssText).not.toContain("<script>");
    const channel = new XMLParser().parse(rssText).rss.channel;
    expect(channel.link).toBe("http://status.example.test/status");
    const titles = channel.item.map((item: { title: string }) => item.title);
    // Severity follows the impact on records written without one (critical → SEV1, major → SEV2).
    expect(titles).toEqual(["[SEV1] Plans fail to generate (Investigating)", `[SEV2] ${RESOLVED.title} (Resolved)`]);
    expect(channel.item[1].description).toContain("The index was rebuilt");

    const atomText = await (await get(atom.GET, "/status/feed.atom")).text();
    expect(XMLValidator.validate(atomText)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(atomText).feed;
    expect(feed.entry).toHaveLength(2);
    expect(feed.entry[0].id).toBe("http://status.example.test/status#incident-inc-ai-errors");
    expect(feed.entry[1].content["#text"]).toContain("Saves take 10 s");
  });

  it("badge shows the worst active incident", async () => {
    const svg = await (await get(badge.GET, "/status/badge.svg")).text();
    expect(svg).toContain('aria-label="status: major outage"');
  });

  it("reads uptime bars from the probe rollups", async () => {
    const { loadUptimeHistory } = await import("@/lib/status/uptime-history");
    const minute = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 60_000);
    await getStore().addRollup({
      instanceId: "test",
      minute,
      counters: { [RollupKey.probeChecks]: 4, [RollupKey.probePassed]: 3 },
    });
    const history = await loadUptimeHistory({ store: getStore(), now: new Date(), days: 90 });
    expect(history.application.days).toHaveLength(90);
    expect(history.application.days.at(-1)).toMatchObject({ checks: 4, uptime: 75 });
    expect(history.application.days[0]?.uptime).toBeNull();
    expect(history.database.uptime).toBe(75);
  });
});
