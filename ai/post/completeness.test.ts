import { describe, expect, it } from "vitest";
import { SECTION_KEYS } from "@/ai/schemas/plan";
import { checkCompleteness } from "./completeness";

describe("checkCompleteness", () => {
  it("lists every section of an empty plan as missing", () => {
    const result = checkCompleteness({});
    expect(result.complete).toBe(false);
    expect(result.missing.map((m) => m.section)).toEqual([...SECTION_KEYS]);
  });

  it("says what a thin section lacks in words a marketer can act on", () => {
    const result = checkCompleteness({
      channels: [
        {
          name: "Instagram",
          purpose: "awareness",
          kpi: "reach",
          budgetSharePercent: 80,
        },
      ],
    });
    const channelIssues = result.missing.filter((m) => m.section === "channels").map((m) => m.message);
    expect(channelIssues).toContain("Choose at least 3 channels.");
    expect(channelIssues).toContain("Channel budget shares add up to 80%, not 100%.");
  });
});
