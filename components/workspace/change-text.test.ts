import { describe, expect, it } from "vitest";
import type { GenerationMeta } from "@/ai/schemas/generation";
import type { PlanChange } from "@/lib/store/records";
import { describeChange, describePath, undoneByRestore, valueText } from "./change-text";

describe("version history text", () => {
  it("says what each kind of version changed", () => {
    expect(describeChange({ kind: "generated" })).toBe("Plan generated");
    expect(describeChange({ kind: "renamed", from: "Old", to: "New" })).toBe("Renamed from “Old” to “New”");
    expect(describeChange({ kind: "section_edited", section: "executiveSummary" })).toBe("Edited Executive summary");
    expect(describeChange({ kind: "restored", fromVersion: 1 })).toBe("Restored version 1");
  });

  it("quotes the instruction of a regeneration, and leaves it out when there was none", () => {
    const generation: GenerationMeta = {
      provider: "builtin",
      model: "local/builtin-planner",
      requestedModel: "local/builtin-planner",
      latencyMs: 5,
      firstChunkMs: null,
      inputTokens: null,
      outputTokens: null,
      attempts: 1,
      fallback: null,
    };
    const change: PlanChange = {
      kind: "section_regenerated",
      section: "budget",
      instruction: "cut the budget by 20%",
      generation,
    };
    expect(describeChange(change)).toBe("Regenerated Budget: “cut the budget by 20%”");
    expect(describeChange({ ...change, instruction: "" })).toBe("Regenerated Budget");
  });

  it("names diff paths by section title, with list positions from 1", () => {
    expect(describePath("plan.executiveSummary")).toBe("Executive summary");
    expect(describePath("plan.channels[2].tactics[0]")).toBe("Channels › 3 › tactics › 1");
    expect(describePath("plan.budget.monthlyTotal.value")).toBe("Budget › monthly total › value");
    expect(describePath("title")).toBe("Title");
    expect(describePath("")).toBe("The whole plan");
    expect(describePath('plan.channels["Instagram ads"].budgetSharePercent')).toBe(
      "Channels › Instagram ads › budget share percent",
    );
    expect(describePath('plan.channels["a.b [x]"]')).toBe("Channels › a.b [x]");
  });

  it("renders values as plain text, markup included verbatim", () => {
    expect(valueText("<img src=x onerror=alert(1)>")).toBe("<img src=x onerror=alert(1)>");
    expect(valueText(2000)).toBe("2000");
    expect(valueText(null)).toBe("(empty)");
    expect(valueText({ value: 1, unit: "GBP" })).toBe('{"value":1,"unit":"GBP"}');
  });

  it("lists the later edits a restore would undo, oldest first", () => {
    const versions = [
      { version: 4, change: { kind: "section_edited" as const, section: "kpis" as const } },
      { version: 3, change: { kind: "section_edited" as const, section: "channels" as const } },
      { version: 2, change: { kind: "renamed" as const, from: "A", to: "B" } },
      { version: 1, change: { kind: "generated" as const } },
    ];
    expect(undoneByRestore(versions, 2)).toEqual(["Version 3: Edited Channels", "Version 4: Edited KPIs and reviews"]);
    expect(undoneByRestore(versions, 4)).toEqual([]);
  });
});
