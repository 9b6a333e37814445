import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { ChannelSchema, FigureSchema, SECTION_DRAFT_SCHEMAS, SECTION_KEYS } from "@/ai/schemas/plan";
import { buildPlanRecord } from "@/tests/support/store-fixtures";
import { editableValue } from "../editable-value";
import { editFigureValue, emptyValue, getIn, moveItem, removeItem, setIn, toSectionValue } from "./form-value";
import { describeField } from "./schema-node";
import { checkSection } from "./validate";

const plan = buildPlanRecord().plan;

describe("section form values", () => {
  it("sends back every section exactly as it was when nothing is edited", () => {
    for (const section of SECTION_KEYS) {
      const sent = toSectionValue(section, structuredClone(editableValue(plan, section)));
      const expected =
        section === "budget" ? { monthlyTotal: plan.budget.monthlyTotal, rationale: plan.budget.rationale } : plan[section];
      expect(sent, section).toEqual(expected);
      expect(checkSection(section, editableValue(plan, section)), section).toEqual({ ok: true, value: expected });
    }
  });

  it("reads each kind of field from the schemas", () => {
    const situation = SECTION_DRAFT_SCHEMAS.situation as unknown as z.ZodTypeAny;
    const node = describeField(situation);
    expect(node.kind).toBe("object");
    if (node.kind !== "object") return;
    const business = describeField(node.shape.business as z.ZodTypeAny);
    if (business.kind !== "object") throw new Error("business is an object");
    expect(describeField(business.shape.name as z.ZodTypeAny)).toMatchObject({
      kind: "text",
      min: 1,
      max: 120,
      multiline: false,
    });
    expect(describeField(business.shape.summary as z.ZodTypeAny)).toMatchObject({ kind: "text", multiline: true });
    expect(describeField(business.shape.stage as z.ZodTypeAny)).toMatchObject({
      kind: "choice",
      options: ["idea", "launch", "growth", "established"],
    });
    const market = describeField(node.shape.market as z.ZodTypeAny);
    if (market.kind !== "object") throw new Error("market is an object");
    expect(describeField(market.shape.size as z.ZodTypeAny)).toEqual({ kind: "figure", optional: true });
    expect(describeField(market.shape.trends as z.ZodTypeAny)).toMatchObject({ kind: "list", min: 2, max: 5 });
    expect(describeField(ChannelSchema.shape.budgetSharePercent)).toMatchObject({
      kind: "number",
      integer: false,
      min: 0,
      max: 100,
    });
    const phases = describeField(SECTION_DRAFT_SCHEMAS.roadmap as unknown as z.ZodTypeAny);
    if (phases.kind !== "object") throw new Error("roadmap is an object");
    const phase = describeField(phases.shape.phases as z.ZodTypeAny);
    expect(phase).toMatchObject({ kind: "list", min: 3, max: 3 });
    if (phase.kind !== "list") return;
    const days = describeField((phase.item as z.AnyZodObject).shape.days);
    expect(days).toMatchObject({ kind: "choice", options: [30, 60, 90] });
  });

  it("edits, adds, removes and moves without touching the original", () => {
    const original = structuredClone(plan.assumptions);
    const edited = setIn(original, ["assumptions", 1], "Changed");
    expect(getIn(edited, ["assumptions", 1])).toBe("Changed");
    expect(original).toEqual(plan.assumptions);
    expect(moveItem(["a", "b", "c"], 2, 0)).toEqual(["c", "a", "b"]);
    expect(moveItem(["a", "b"], 0, -1)).toEqual(["a", "b"]);
    expect(removeItem(["a", "b", "c"], 1)).toEqual(["a", "c"]);
    expect(setIn({ a: { b: 1, c: 2 } }, ["a", "c"], undefined)).toEqual({ a: { b: 1 } });
  });

  it("adds list entries shaped like the schema, which then ask to be filled in", () => {
    const channel = emptyValue(ChannelSchema) as Record<string, unknown>;
    expect(channel).toEqual({
      name: "",
      tier: "proven",
      purpose: "",
      funnelStage: "awareness",
      tactics: [""],
      budgetSharePercent: 0,
      kpi: "",
      target: { value: 0, unit: "", source: "user" },
    });
    const channels = [...plan.channels, channel];
    const checked = checkSection("channels", channels);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const last = plan.channels.length;
    expect(checked.problems.get(`${last}.name`)).toEqual(["This cannot be empty."]);
    expect(checked.problems.get(`${last}.tactics.0`)).toEqual(["This cannot be empty."]);
    expect(checked.problems.get(`${last}.target.unit`)).toEqual(["This cannot be empty."]);
  });

  it("names too few entries, too long text and a missing number beside the field", () => {
    const checked = checkSection("assumptions", {
      assumptions: ["Only one"],
      openQuestions: ["x".repeat(301), "Fine"],
    });
    if (checked.ok) throw new Error("should be refused");
    expect(checked.problems.get("assumptions")).toEqual(["Keep at least 2 entries."]);
    expect(checked.problems.get("openQuestions.0")).toEqual(["Keep it to 300 characters or fewer."]);
    const objectives = setIn(plan.objectives, [0, "deadlineDays"], undefined);
    const refused = checkSection("objectives", objectives);
    if (refused.ok) throw new Error("should be refused");
    expect(refused.problems.get("0.deadlineDays")).toEqual(["Enter a number."]);
  });

  it("leaves out optional text left empty, and the budget's computed parts", () => {
    const strategy = setIn(setIn(plan.strategy, ["marketingMix", "people"], ""), ["approach"], "New approach");
    expect(getIn(toSectionValue("strategy", strategy), ["marketingMix"])).not.toHaveProperty("people");
    const budget = { ...(editableValue(plan, "budget") as object), currency: "EUR" };
    const sent = toSectionValue("budget", setIn(budget, ["monthlyTotal", "basis"], ""));
    expect(Object.keys(sent as object).sort()).toEqual(["monthlyTotal", "rationale"]);
    expect(sent).toHaveProperty("monthlyTotal.value", plan.budget.monthlyTotal.value);
    expect(getIn(sent, ["monthlyTotal"])).not.toHaveProperty("basis");
  });
});

describe("figure provenance", () => {
  const estimate = FigureSchema.parse({ value: 120, unit: "customers/month", source: "estimate", basis: "Typical for a café" });

  it("becomes the owner's when they type a new value, dropping the model's basis", () => {
    expect(editFigureValue(estimate, 150)).toEqual({ value: 150, unit: "customers/month", source: "user" });
    expect(estimate.source, "the original is untouched").toBe("estimate");
  });

  it("keeps the owner's own basis when the figure was already theirs", () => {
    const stated = { value: 2500, unit: "GBP", source: "user" as const, basis: "Monthly budget you stated" };
    expect(editFigureValue(stated, 2000)).toEqual({ ...stated, value: 2000 });
  });
});
