import { describe, expect, it } from "vitest";
import type { MinuteRollup } from "@/lib/store/observability-records";
import { aiGenerationCount, aiOutcomeTotals, aiSuccessRate } from "./ai-outcomes";
import { counterValue, sumRollups } from "./rollups";

const minute = "2025-03-10T12:00:00.000Z";

describe("sumRollups", () => {
  it("adds every instance's counters key by key", () => {
    const total = sumRollups([
      { counters: { http_requests: 10, "http_status.2xx": 9, "http_status.5xx": 1 } },
      { counters: { http_requests: 5, "http_status.2xx": 5, probe_checks: 2 } },
      { counters: {} },
    ]);
    expect(total).toEqual({ http_requests: 15, "http_status.2xx": 14, "http_status.5xx": 1, probe_checks: 2 });
  });

  it("is empty for no rollups, and a missing counter reads 0", () => {
    const total = sumRollups([]);
    expect(total).toEqual({});
    expect(counterValue(total, "http_requests")).toBe(0);
    expect(counterValue(sumRollups([{ counters: { http_requests: 3 } }]), "http_requests")).toBe(3);
  });

  it("takes store records as they are", () => {
    const records: MinuteRollup[] = [
      { instanceId: "a", minute, counters: { http_requests: 1 } },
      { instanceId: "b", minute, counters: { http_requests: 2 } },
    ];
    expect(sumRollups(records).http_requests).toBe(3);
  });
});

describe("AI outcomes", () => {
  const counters = {
    "ai_generations.gemini.ok": 2,
    "ai_generations.gemini.failed": 1,
    "ai_generations.builtin.fallback": 1,
    "ai_generations.gemini.cancelled": 3,
    "ai_generations.some_new_model.ok": 4,
    ai_fallbacks: 1,
    "ai_latency_s.le_5": 8,
  };

  it("sums each outcome over every provider", () => {
    expect(aiOutcomeTotals(counters)).toEqual({ ok: 6, fallback: 1, failed: 1, cancelled: 3 });
    expect(aiOutcomeTotals({})).toEqual({ ok: 0, fallback: 0, failed: 0, cancelled: 0 });
  });

  it("counts generations that ran to an end, cancelled ones excluded", () => {
    expect(aiGenerationCount(counters)).toBe(8);
  });

  it("rates success as ok over ok + fallback + failed", () => {
    expect(aiSuccessRate(counters)).toBe(6 / 8);
    expect(
      aiSuccessRate({ "ai_generations.gemini.ok": 2, "ai_generations.gemini.failed": 1, "ai_generations.x.fallback": 1 }),
    ).toBe(0.5);
  });

  it("has no success rate without a generation that ended (cancelled only counts for nothing)", () => {
    expect(aiSuccessRate({})).toBeNull();
    expect(aiSuccessRate({ "ai_generations.gemini.cancelled": 2 })).toBeNull();
  });
});
