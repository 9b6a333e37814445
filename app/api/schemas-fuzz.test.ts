import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECTION_DRAFT_SCHEMAS, SECTION_KEYS, type SectionKey } from "@/ai/schemas/plan";
import { BUSINESS_DESCRIPTION_MAX, BUSINESS_DESCRIPTION_MIN, PlanInputSchema } from "@/ai/schemas/plan-input";
import { isCleanText } from "@/ai/schemas/text-rules";
import { type PlanRecord, PlanRecordSchema } from "@/lib/plans/schema";
import { signUnsavedPlan } from "@/lib/plans/unsaved";
import { useLocalApp } from "@/tests/support/local-app";
import { callRoute, generatePlan } from "@/tests/support/route-calls";
import { PUT as editSection } from "./plans/[id]/sections/[section]/route";
import { POST as importPlan } from "./plans/import/route";

/**
 * Issue 10, fuzzing: the plan input, the section edit and the import never
 * throw anything but a validation error (a 4xx from the routes), and never
 * accept what they must refuse.
 */

const RUNS = { numRuns: 300 };
const INPUT_KEYS = [
  "businessDescription",
  "businessName",
  "industry",
  "targetAudience",
  "region",
  "monthlyBudget",
  "goals",
  "timeframeMonths",
  "tone",
  "language",
];

/** Text a person could type: any well-formed string without control characters (line feeds allowed). */
const typedText = (min: number, max: number) =>
  fc
    .string({ unit: "grapheme", minLength: min, maxLength: max })
    .map((text) => [...text].map((c) => (isCleanText(c, { multiLine: true }) ? c : "x")).join(""))
    .filter((text) => text.trim().length >= min && text.trim().length <= max);

/** Anything a client could send: JSON values, and objects with the input's own keys holding anything. */
const anyInput = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(fc.constantFrom(...INPUT_KEYS, "extra", "__proto__", "constructor"), fc.jsonValue(), { maxKeys: 6 }),
  fc.record({ businessDescription: fc.string({ maxLength: 120 }) }, { requiredKeys: [] }),
);

describe("the plan input schema (fast-check)", () => {
  it("never throws, and whatever it accepts keeps every rule", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const parsed = PlanInputSchema.safeParse(input);
        if (!parsed.success) return;
        const value = parsed.data;
        expect(value.businessDescription.length).toBeGreaterThanOrEqual(BUSINESS_DESCRIPTION_MIN);
        expect(value.businessDescription.length).toBeLessThanOrEqual(BUSINESS_DESCRIPTION_MAX);
        expect(isCleanText(value.businessDescription, { multiLine: true })).toBe(true);
        expect(Object.keys(value).every((key) => INPUT_KEYS.includes(key))).toBe(true);
        if (value.monthlyBudget) expect(value.monthlyBudget.amount).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it("accepts any description a person could type, and refuses it with a control character, an unknown field or too short", () => {
    fc.assert(
      fc.property(
        typedText(BUSINESS_DESCRIPTION_MIN, 400),
        fc.nat(),
        fc.constantFrom("\u0000", "\u001b", "\r", "\u007f", "\ud800"),
        (description, at, bad) => {
          expect(PlanInputSchema.safeParse({ businessDescription: description }).success).toBe(true);
          // Inside the text, between two letters: leading and trailing whitespace is trimmed, not refused.
          const position = at % description.length;
          const broken = `${description.slice(0, position)}a${bad}b${description.slice(position)}`;
          expect(PlanInputSchema.safeParse({ businessDescription: broken }).success, JSON.stringify(broken)).toBe(false);
          expect(PlanInputSchema.safeParse({ businessDescription: description, admin: true }).success).toBe(false);
          expect(
            PlanInputSchema.safeParse({ businessDescription: description.trim().slice(0, BUSINESS_DESCRIPTION_MIN - 1) }).success,
          ).toBe(false);
        },
      ),
      RUNS,
    );
  });

  it("the section schemas never throw on any JSON", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SECTION_KEYS), fc.jsonValue(), (section: SectionKey, value) => {
        expect(() => SECTION_DRAFT_SCHEMAS[section].safeParse(value)).not.toThrow();
      }),
      RUNS,
    );
  });

  it("the import's record schema never throws on any JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => PlanRecordSchema.safeParse(value)).not.toThrow();
      }),
      RUNS,
    );
  });
});

describe("the section edit and import routes (fast-check, on SQLite)", () => {
  let cleanup: () => Promise<void>;
  let cookie: string;
  let plan: PlanRecord;

  beforeAll(async () => {
    cleanup = useLocalApp();
    ({ cookie, plan } = await generatePlan("A bicycle repair shop in Utrecht that also rents cargo bikes to families."));
  });

  afterAll(() => cleanup());

  it("a section edit of any JSON answers 200 or a 4xx with a message, never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SECTION_KEYS), fc.jsonValue({ maxDepth: 4 }), async (section, value) => {
        const response = await callRoute(editSection, { id: plan.id, section }, { method: "PUT", cookie, body: { value } });
        const body = (await response.json()) as { error?: { message: string } };
        if (response.status === 200) {
          expect(SECTION_DRAFT_SCHEMAS[section].safeParse(value).success, "only a valid section is saved").toBe(true);
          return;
        }
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        expect(body.error?.message).toMatch(/\w/);
      }),
      { numRuns: 150 },
    );
  });

  it("an import of any JSON, or of a signed plan changed anywhere, is refused with a 4xx", async () => {
    const record = { ...plan, id: "ZZZZZZZZZZZZZZZZZZZZZZ" };
    const signature = signUnsavedPlan(record);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ record: fc.jsonValue({ maxDepth: 6 }), signature: fc.string({ maxLength: 60 }) }),
          fc.jsonValue({ maxDepth: 3 }),
          // The real signature over a record with one field changed.
          fc.record({
            record: fc
              .constantFrom(...Object.keys(record))
              .chain((key) => fc.jsonValue().map((v) => ({ ...record, [key]: v })))
              .filter((changed) => JSON.stringify(changed) !== JSON.stringify(record)),
            signature: fc.constant(signature),
          }),
        ),
        async (body) => {
          const response = await callRoute(importPlan, {}, { method: "POST", cookie, body });
          expect(response.status, await response.clone().text()).toBeGreaterThanOrEqual(400);
          expect(response.status).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
  });
});
