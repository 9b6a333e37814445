import { describe, expect, it } from "vitest";
import type { MetricReading } from "@/lib/analytics/reading";
import { oneNumber, prefersJson } from "./one-number";

const figure: MetricReading = {
  metric: "uptime_weekly",
  value: 99.167,
  unit: "percent",
  window: { from: "2025-03-03T12:00:00.000Z", to: "2025-03-10T12:00:00.000Z" },
  asOf: "2025-03-10T12:00:00.000Z",
};

const request = (accept?: string) =>
  new Request("http://localhost/api/metrics/uptime/weekly", accept === undefined ? {} : { headers: { accept } });

describe("prefersJson", () => {
  it.each([
    [undefined, false],
    ["*/*", false],
    ["text/plain", false],
    ["text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", false],
    ["application/json", true],
    ["Application/JSON; charset=utf-8", true],
    ["application/json, */*", true],
    ["application/json, text/plain", true],
    ["text/plain, application/json;q=0.5", false],
    ["text/*;q=0.3, application/json;q=0.5", true],
    ["application/json;q=0", false],
    ["*/*;q=0.9, application/json;q=0.8", false],
    ["image/png", false],
  ])("Accept %s → JSON %s", (accept, expected) => {
    expect(prefersJson(request(accept))).toBe(expected);
  });
});

describe("oneNumber", () => {
  it("answers the bare number as text by default, never cached", async () => {
    const response = oneNumber(request(), figure);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("vary")).toBe("Accept");
    expect(await response.text()).toBe("99.167");
  });

  it("answers the whole figure as JSON when asked", async () => {
    const response = oneNumber(request("application/json"), figure);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual(figure);
  });

  it("says n/a in text and null in JSON when there is no value", async () => {
    const empty = { ...figure, value: null };
    expect(await oneNumber(request("*/*"), empty).text()).toBe("n/a");
    expect(((await oneNumber(request("application/json"), empty).json()) as MetricReading).value).toBeNull();
  });

  it("prints integers without decimals", async () => {
    expect(await oneNumber(request(), { ...figure, metric: "weekly_active_users", value: 3, unit: "users" }).text()).toBe("3");
  });
});
