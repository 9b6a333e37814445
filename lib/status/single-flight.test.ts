import { describe, expect, it } from "vitest";
import { singleFlight } from "./single-flight";

describe("singleFlight", () => {
  it("shares one computation among concurrent callers and reuses it within the TTL", async () => {
    let runs = 0;
    const flight = singleFlight(60_000, async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return runs;
    });
    const answers = await Promise.all(Array.from({ length: 50 }, () => flight.get()));
    expect(new Set(answers)).toEqual(new Set([1]));
    expect(await flight.get()).toBe(1);
    expect(runs).toBe(1);
  });

  it("forgets a failure so the next caller tries again", async () => {
    let runs = 0;
    const flight = singleFlight(60_000, async () => {
      runs += 1;
      if (runs === 1) throw new Error("store down");
      return "ok";
    });
    await expect(flight.get()).rejects.toThrow("store down");
    expect(await flight.get()).toBe("ok");
  });
});
