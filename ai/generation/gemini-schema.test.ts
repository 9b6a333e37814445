import { toJsonSchema } from "genkit/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PlanDraftSchema } from "@/ai/schemas/plan";
import { POST as regenerate } from "@/app/api/plans/[id]/sections/[section]/regenerate/route";
import { type FakeGemini, startFakeGemini } from "@/tests/support/fake-gemini";
import { geminiDefault } from "@/tests/support/gemini-plans";
import { useLocalApp } from "@/tests/support/local-app";
import { callRoute, generatePlan } from "@/tests/support/route-calls";
import { geminiResponseSchema } from "./gemini-schema";

/**
 * Issue 10, the Gemini request: the response schema the real Genkit plugin
 * sends (recorded by the fake Gemini) holds only the keywords of the JSON
 * Schema subset Gemini documents for responseJsonSchema, with no `$schema`
 * and no `$ref` left to resolve.
 */

const DOCUMENTED = new Set([
  "type",
  "format",
  "title",
  "description",
  "enum",
  "items",
  "prefixItems",
  "minItems",
  "maxItems",
  "minimum",
  "maximum",
  "anyOf",
  "properties",
  "additionalProperties",
  "required",
  "propertyOrdering",
]);

/** Every keyword used anywhere in a schema (property names under `properties` are names, not keywords). */
function keywords(schema: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const item of schema) keywords(item, found);
  else if (schema && typeof schema === "object") {
    for (const [key, value] of Object.entries(schema)) {
      found.add(key);
      if (key === "properties" && value && typeof value === "object")
        for (const sub of Object.values(value)) keywords(sub, found);
      else if (key !== "enum" && key !== "required" && key !== "propertyOrdering") keywords(value, found);
    }
  }
  return found;
}

interface SentRequest {
  generationConfig?: { responseMimeType?: string; responseJsonSchema?: unknown; temperature?: number; maxOutputTokens?: number };
}

describe("the response schema sent to Gemini", () => {
  let fake: FakeGemini;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    fake = await startFakeGemini({ defaultStep: geminiDefault });
    cleanup = useLocalApp({ GEMINI_API_KEY: "test-key", GEMINI_BASE_URL: fake.baseUrl, AI_QUOTA_PER_MINUTE: "1000" });
  });

  afterAll(async () => {
    await cleanup();
    await fake.close();
  });

  it("the plan's: exactly the documented subset, references inlined, length limits in words", async () => {
    const { cookie, plan } = await generatePlan("A specialty coffee roastery in Portland selling beans online and to cafes.");
    const sent = fake.requests.filter((r) => r.action === "streamGenerateContent");
    expect(sent).toHaveLength(1);
    const config = (sent[0]?.body as SentRequest | undefined)?.generationConfig;
    expect(Object.keys(config ?? {}).sort()).toEqual([
      "maxOutputTokens",
      "responseJsonSchema",
      "responseMimeType",
      "temperature",
    ]);
    expect(config).toEqual({
      responseMimeType: "application/json",
      responseJsonSchema: geminiResponseSchema(toJsonSchema({ schema: PlanDraftSchema }) as never),
      temperature: 0.6,
      maxOutputTokens: 8192,
    });
    const schema = config?.responseJsonSchema;
    const used = keywords(schema);
    expect([...used].filter((k) => !DOCUMENTED.has(k))).toEqual([]);
    expect(JSON.stringify(schema)).not.toContain("$ref");
    expect(JSON.stringify(schema)).not.toContain("$schema");
    // The figure schema was a $ref at its second use; inlined, it is whole wherever it appears.
    const market = (schema as { properties: Record<string, { properties: Record<string, unknown> }> }).properties.situation
      ?.properties.market as { properties: Record<string, { required?: string[] }> };
    for (const figure of Object.values(market.properties).filter((p) => p.required?.includes("source"))) {
      expect(figure.required).toEqual(expect.arrayContaining(["value", "unit", "source"]));
    }
    expect(JSON.stringify(schema)).toMatch(/at most \d+ characters/);
    expect(plan.generation.provider).toBe("gemini");

    fake.reset();
    const response = await callRoute(
      regenerate,
      { id: plan.id, section: "channels" },
      {
        method: "POST",
        cookie,
        body: { instruction: "More B2B" },
      },
    );
    expect(response.status).toBe(200);
    const section = fake.requests.find((r) => r.action === "generateContent" || r.action === "streamGenerateContent");
    const sectionSchema = (section?.body as SentRequest | undefined)?.generationConfig?.responseJsonSchema;
    expect(sectionSchema).toBeDefined();
    expect([...keywords(sectionSchema)].filter((k) => !DOCUMENTED.has(k))).toEqual([]);
  });

  it("inlines references, drops $schema and what Gemini does not take, keeps limits as words", () => {
    const input = {
      $schema: "http://json-schema.org/draft-07/schema#",
      type: "object",
      properties: {
        a: { type: "string", minLength: 2, maxLength: 40, description: "A name", pattern: "^x", default: "x" },
        b: { $ref: "#/properties/a" },
        c: { type: ["number", "null"], exclusiveMinimum: 0, const: 3 },
        d: { type: "string", format: "email" },
      },
      required: ["a"],
      additionalProperties: false,
    };
    expect(geminiResponseSchema(input as never)).toEqual({
      type: "object",
      properties: {
        a: { type: "string", description: "A name (at least 2 characters, at most 40 characters)" },
        b: { type: "string", description: "A name (at least 2 characters, at most 40 characters)" },
        c: { anyOf: [{ type: "number" }, { type: "null" }], enum: [3] },
        d: { type: "string" },
      },
      required: ["a"],
      additionalProperties: false,
    });
    expect(() => geminiResponseSchema({ properties: { a: { $ref: "#/properties/a" } } } as never)).toThrow(/refers to itself/);
  });
});
