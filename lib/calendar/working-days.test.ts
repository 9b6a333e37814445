import { describe, expect, it } from "vitest";
import { countryFromRegion, publicHolidays } from "./holidays";
import { isoDate, nextMonday, WorkingCalendar } from "./working-days";

describe("working days", () => {
  it("defaults the start to the next Monday", () => {
    expect(isoDate(nextMonday(new Date("2026-12-03T13:00:00Z")))).toBe("2026-12-07");
    expect(isoDate(nextMonday(new Date("2026-12-07T08:00:00Z"))), "a Monday gives the following one").toBe("2026-12-14");
    expect(isoDate(nextMonday(new Date("2026-12-06T23:00:00Z")))).toBe("2026-12-07");
  });

  it("skips weekends, and public holidays when the country is known", () => {
    const gb = new WorkingCalendar("GB");
    expect(isoDate(gb.onOrAfter(new Date("2026-12-25T00:00:00Z")))).toBe("2026-12-29");
    expect(isoDate(gb.onOrAfter(new Date("2027-01-01T00:00:00Z")))).toBe("2027-01-04");
    expect(isoDate(new WorkingCalendar().onOrAfter(new Date("2026-12-25T00:00:00Z")))).toBe("2026-12-25");
    expect(isoDate(new WorkingCalendar("DE").onOrAfter(new Date("2026-10-03T00:00:00Z")))).toBe("2026-10-05");
    expect(publicHolidays("US", 2026).has("2026-07-03"), "Independence Day observed on Friday").toBe(true);
  });

  it("reads the country from a free-text region only when it is unambiguous", () => {
    expect(countryFromRegion("Leeds, UK")).toBe("GB");
    expect(countryFromRegion("Lyon, France")).toBe("FR");
    expect(countryFromRegion("Austin, Texas, USA")).toBe("US");
    expect(countryFromRegion("online")).toBeUndefined();
    expect(countryFromRegion("France / Germany")).toBeUndefined();
  });
});
