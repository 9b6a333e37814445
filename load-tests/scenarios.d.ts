// Types of scenarios.js for the TypeScript side (bench/, tests); k6 reads the JavaScript itself.

/** The shape of lib/slo/load-targets.ts's LoadTargets (this file is also read by the k6 type check, which has no `@/` paths). */
export interface LoadTargets {
  failedShare: number;
  responseQuantile: number;
  responseTargetMs: number;
  generationQuantile: number;
  generationTargetMs: number;
}

export interface Endpoint {
  method: "GET" | "POST";
  path: string;
  tag: string;
  expect: number[];
  auth?: "ops";
  plan?: boolean;
  identity?: boolean;
}
export type EndpointName =
  | "home"
  | "plansPage"
  | "statusPage"
  | "statusApi"
  | "planList"
  | "generate"
  | "health"
  | "livez"
  | "readyz"
  | "metrics"
  | "rpm"
  | "dashboard";
export type MixName = "browsing" | "generation" | "health" | "ops" | "comprehensive";
export interface Part {
  vus: number;
  mix: MixName;
  thinkSeconds: number;
}
export interface PlanRequest {
  businessDescription: string;
  monthlyBudget?: { amount: number; currency: string };
  goals?: string[];
  timeframeMonths?: number;
}

export const SLO_TARGETS: LoadTargets;
export const GENERATION_LIMITS: { personPerMinute: number; addressPerMinute: number };
export const PLAN_INPUTS: PlanRequest[];
export const ENDPOINTS: Record<EndpointName, Endpoint>;
export const MIXES: Record<MixName, Partial<Record<EndpointName, number>>>;
export const SUITES: {
  baseline: Part & { duration: string };
  aiGeneration: Part & { duration: string };
  spike: Part & { duration: string };
  comprehensive: { duration: string; parts: Record<"browsing" | "generation" | "health" | "ops", Part> };
};
export function durationSeconds(text: string): number;
export function generationPacingSeconds(vus: number, limits?: { personPerMinute: number; addressPerMinute: number }): number;
export function pickEndpoint(mixName: MixName, index: number): EndpointName;
export function mixEntries(mixName: MixName): [EndpointName, number][];
export function thresholds(targets?: LoadTargets): Record<string, string[]>;
export function endpointKind(endpointName: EndpointName): "generation" | "request";
