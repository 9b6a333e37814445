import { describe, expect, it } from "vitest";
import { decideInOrder } from "./quota-batch";

const windows = [
  { window: "minute" as const, limit: 3, endsAt: 60_000 },
  { window: "day" as const, limit: 10, endsAt: 86_400_000 },
];

describe("decideInOrder", () => {
  it("grants in arrival order until a window is full, each seeing the units granted before it", () => {
    const { decisions, taken } = decideInOrder(windows, { minute: 1, day: 4 }, [10_000, 20_000, 30_000, 40_000]);
    expect(taken).toBe(2);
    expect(decisions).toEqual([
      { allowed: true, used: { minute: 2, day: 5 } },
      { allowed: true, used: { minute: 3, day: 6 } },
      { allowed: false, exhausted: "minute", retryAfterMs: 30_000 },
      { allowed: false, exhausted: "minute", retryAfterMs: 20_000 },
    ]);
  });

  it("names the first full window and takes nothing from the others", () => {
    const { decisions, taken } = decideInOrder(windows, { minute: 0, day: 10 }, [0]);
    expect(taken).toBe(0);
    expect(decisions).toEqual([{ allowed: false, exhausted: "day", retryAfterMs: 86_400_000 }]);
  });

  it("answers an empty batch with nothing taken", () => {
    expect(decideInOrder(windows, { minute: 0, day: 0 }, [])).toEqual({ decisions: [], taken: 0 });
  });
});
