import { describe, expect, it } from "vitest";
import { lastCompleteMinute, rollingWindow, rollupRange, utcDay, utcDays, WEEK_MS } from "./windows";

const now = new Date("2025-03-10T12:34:56.789Z"); // a Monday

const iso = (window: { from: Date; to: Date }) => ({ from: window.from.toISOString(), to: window.to.toISOString() });

describe("windows", () => {
  it("rolls back from now", () => {
    expect(iso(rollingWindow(now, WEEK_MS))).toEqual({ from: "2025-03-03T12:34:56.789Z", to: "2025-03-10T12:34:56.789Z" });
  });

  it("takes the rollup minutes that started inside the window, the current one included", () => {
    expect(iso(rollupRange(rollingWindow(now, 24 * 3600_000)))).toEqual({
      from: "2025-03-09T12:35:00.000Z",
      to: "2025-03-10T12:34:56.789Z",
    });
    const onTheMinute = new Date("2025-03-10T12:00:00.000Z");
    expect(rollupRange(rollingWindow(onTheMinute, 3600_000)).from.toISOString()).toBe("2025-03-10T11:00:00.000Z");
  });

  it("finds the last complete minute", () => {
    expect(iso(lastCompleteMinute(now))).toEqual({ from: "2025-03-10T12:33:00.000Z", to: "2025-03-10T12:34:00.000Z" });
    expect(iso(lastCompleteMinute(new Date("2025-03-10T00:00:00.000Z")))).toEqual({
      from: "2025-03-09T23:59:00.000Z",
      to: "2025-03-10T00:00:00.000Z",
    });
  });

  it("counts UTC days with today included, and the week before", () => {
    const thisWeek = utcDays(now, 7);
    expect(thisWeek).toMatchObject({ fromDay: "2025-03-04", toDay: "2025-03-10" });
    expect(iso(thisWeek)).toEqual({ from: "2025-03-04T00:00:00.000Z", to: "2025-03-10T12:34:56.789Z" });
    const lastWeek = utcDays(now, 7, 7);
    expect(lastWeek).toMatchObject({ fromDay: "2025-02-25", toDay: "2025-03-03" });
    expect(iso(lastWeek)).toEqual({ from: "2025-02-25T00:00:00.000Z", to: "2025-03-04T00:00:00.000Z" });
    expect(utcDay(new Date("2025-03-10T23:59:59.999Z"))).toBe("2025-03-10");
  });
});
