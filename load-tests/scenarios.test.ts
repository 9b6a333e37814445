import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PlanInputSchema } from "@/ai/schemas/plan-input";
import { getEnv, resetEnvForTests } from "@/lib/env";
import { loadTargetsFrom } from "@/lib/slo/load-targets";
import { MANUAL_SLOS } from "@/lib/slo/slo-config";
import {
  durationSeconds,
  ENDPOINTS,
  type EndpointName,
  GENERATION_LIMITS,
  generationPacingSeconds,
  MIXES,
  type MixName,
  mixEntries,
  PLAN_INPUTS,
  pickEndpoint,
  SLO_TARGETS,
  SUITES,
  thresholds,
} from "./scenarios.js";

const ROOT = path.resolve(import.meta.dirname, "..");

describe("the scenario module", () => {
  afterEach(() => resetEnvForTests());

  it("carries the SLO configuration's targets (regenerate the copy in scenarios.js from this message when it fails)", () => {
    const derived = loadTargetsFrom(MANUAL_SLOS);
    expect(SLO_TARGETS, `SLO_TARGETS in load-tests/scenarios.js should be ${JSON.stringify(derived)}`).toEqual(derived);
  });

  it("turns the targets into the k6 thresholds of the manual", () => {
    expect(thresholds()).toEqual({
      http_req_failed: ["rate<0.01"],
      "http_req_duration{kind:request}": ["p(95)<3000"],
      "http_req_duration{name:generate}": ["p(90)<30000"],
    });
    const stricter = { ...SLO_TARGETS, responseQuantile: 0.99, responseTargetMs: 800 };
    expect(thresholds(stricter)["http_req_duration{kind:request}"]).toEqual(["p(99)<800"]);
  });

  it("paces generation by the server's default limits", () => {
    for (const key of ["GENERATION_LIMIT_PER_MINUTE", "GENERATION_IP_LIMIT_PER_MINUTE"]) delete process.env[key];
    resetEnvForTests();
    const env = getEnv();
    expect(GENERATION_LIMITS).toEqual({
      personPerMinute: env.GENERATION_LIMIT_PER_MINUTE,
      addressPerMinute: env.GENERATION_IP_LIMIT_PER_MINUTE,
    });
    // 5 VUs on one address at 20 a minute: one plan every 15 s each; one VU is held by its own 5 a minute.
    expect(generationPacingSeconds(5, { personPerMinute: 5, addressPerMinute: 20 })).toBe(15);
    expect(generationPacingSeconds(1, { personPerMinute: 5, addressPerMinute: 20 })).toBe(12);
    expect(generationPacingSeconds(1, { personPerMinute: 0, addressPerMinute: 20 })).toBe(Number.POSITIVE_INFINITY);
  });

  it("walks each mix in proportion to its weights, interleaved", () => {
    for (const mix of Object.keys(MIXES) as MixName[]) {
      const entries = mixEntries(mix);
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      const counts = new Map<EndpointName, number>();
      for (let i = 0; i < total * 3; i++) {
        const name = pickEndpoint(mix, i);
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      expect(Object.fromEntries(counts), mix).toEqual(Object.fromEntries(entries.map(([name, weight]) => [name, weight * 3])));
    }
    // Not all of one endpoint first: the first ten requests of the comprehensive mix reach several endpoints.
    const firstTen = new Set(Array.from({ length: 10 }, (_, i) => pickEndpoint("comprehensive", i)));
    expect(firstTen.size).toBeGreaterThanOrEqual(5);
    expect(() => pickEndpoint("nope" as MixName, 0)).toThrow(/Unknown mix nope/);
  });

  it("names only endpoints the app has, with distinct tags", () => {
    for (const [name, endpoint] of Object.entries(ENDPOINTS)) {
      const pathname = endpoint.path.split("?")[0] ?? "";
      const file = pathname.startsWith("/api/") ? "route.ts" : "page.tsx";
      expect(fs.existsSync(path.join(ROOT, "app", pathname, file)), `${name}: app${pathname}/${file}`).toBe(true);
    }
    const tags = Object.values(ENDPOINTS).map((endpoint) => endpoint.tag);
    expect(new Set(tags).size).toBe(tags.length);
  });

  it("posts plan requests the app accepts", () => {
    for (const input of PLAN_INPUTS) expect(PlanInputSchema.safeParse(input).success, input.businessDescription).toBe(true);
  });

  it("reads durations as k6 writes them", () => {
    expect(durationSeconds("60s")).toBe(60);
    expect(durationSeconds("5m")).toBe(300);
    expect(durationSeconds("1h30m")).toBe(5400);
    expect(() => durationSeconds("soon")).toThrow(/Not a duration: soon/);
  });

  it("matches what ops/load-test.sh passes to k6 (the manual's command lines)", () => {
    const script = fs.readFileSync(path.join(ROOT, "ops/load-test.sh"), "utf8");
    const runs = [
      ["baseline", SUITES.baseline],
      ["ai-generation", SUITES.aiGeneration],
      ["spike", SUITES.spike],
    ] as const;
    for (const [file, suite] of runs) expect(script).toContain(`"${file}:--vus ${suite.vus} --duration ${suite.duration}"`);
    for (const file of ["baseline", "ai-generation", "spike", "comprehensive"]) {
      const suite = fs.readFileSync(path.join(ROOT, `load-tests/${file}.js`), "utf8");
      expect(suite, file).toContain('from "./scenarios.js"');
    }
  });
});
