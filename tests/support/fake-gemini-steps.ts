import { z } from "zod";

/**
 * Scriptable answers of the fake Gemini server (see fake-gemini.ts). Steps are plain JSON so
 * an out-of-process test can send them to `POST /__fake/enqueue`.
 */
const pacing = {
  /** Delay before the first byte of the answer (headers and first SSE frame go out together). */
  firstTokenDelayMs: z.number().nonnegative().optional(),
  /** Streaming speed after the first frame; a token is about 4 characters. Absent: no delay. */
  tokensPerSecond: z.number().positive().optional(),
};
const textStep = {
  ...pacing,
  /** Candidate text; absent: the text of the server's default step for this request. */
  text: z.string().optional(),
};
const fraction = z.number().min(0).max(1);

export const FakeStepSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("ok"), ...textStep }).strict(),
  z
    .object({
      kind: z.literal("rateLimited"),
      ...pacing,
      /** Sent as the `Retry-After` header and/or a google.rpc.RetryInfo `retryDelay` in the body. */
      retryAfterSeconds: z.number().nonnegative().optional(),
      /** Real Gemini only puts RetryInfo in the body; "both" is the default. */
      retryAfterIn: z.enum(["header", "body", "both"]).optional(),
      /** Which free-tier quota the QuotaFailure detail names. */
      quota: z.enum(["minute", "day"]).optional(),
    })
    .strict(),
  z.object({ kind: z.literal("unavailable"), ...pacing }).strict(),
  z.object({ kind: z.literal("serverError"), ...pacing }).strict(),
  z.object({ kind: z.literal("hang") }).strict(),
  /** Sends `afterFraction` of the text (SSE frames, or raw body bytes when not streaming), then destroys the socket. */
  z.object({ kind: z.literal("cutStream"), ...textStep, afterFraction: fraction.optional() }).strict(),
  /** Like cutStream but keeps the connection open and silent until the client gives up. */
  z.object({ kind: z.literal("stall"), ...textStep, afterFraction: fraction.optional() }).strict(),
  /** A 200 whose candidate text is broken JSON: `text`, else the default text cut at `fraction`. */
  z.object({ kind: z.literal("malformed"), ...textStep, fraction: fraction.optional() }).strict(),
  z.object({ kind: z.literal("safety"), ...pacing, category: z.string().optional() }).strict(),
  /** "missing": no candidates field; "emptyArray": `candidates: []`; "noFrames": no SSE frames (`{}` when not streaming). */
  z.object({ kind: z.literal("empty"), ...pacing, shape: z.enum(["missing", "emptyArray", "noFrames"]).optional() }).strict(),
  z.object({ kind: z.literal("promptBlocked"), ...pacing, blockReason: z.string().optional() }).strict(),
]);
export type FakeStep = z.infer<typeof FakeStepSchema>;
export type FakeStepKind = FakeStep["kind"];
type Pacing = { firstTokenDelayMs?: number; tokensPerSecond?: number };
type Opts<K extends FakeStepKind> = Omit<Extract<FakeStep, { kind: K }>, "kind">;

/** Step builders: `fake.enqueue(step.rateLimited({ retryAfterSeconds: 1 }), step.ok())`. */
export const step = {
  ok: (text?: string, options: Pacing = {}): FakeStep => ({ kind: "ok", ...options, ...(text !== undefined && { text }) }),
  rateLimited: (options: Opts<"rateLimited"> = {}): FakeStep => ({ kind: "rateLimited", ...options }),
  unavailable: (options: Pacing = {}): FakeStep => ({ kind: "unavailable", ...options }),
  serverError: (options: Pacing = {}): FakeStep => ({ kind: "serverError", ...options }),
  hang: (): FakeStep => ({ kind: "hang" }),
  cutStream: (options: Opts<"cutStream"> = {}): FakeStep => ({ kind: "cutStream", ...options }),
  stall: (options: Opts<"stall"> = {}): FakeStep => ({ kind: "stall", ...options }),
  malformed: (options: Opts<"malformed"> = {}): FakeStep => ({ kind: "malformed", ...options }),
  safety: (options: Opts<"safety"> = {}): FakeStep => ({ kind: "safety", ...options }),
  empty: (options: Opts<"empty"> = {}): FakeStep => ({ kind: "empty", ...options }),
  promptBlocked: (options: Opts<"promptBlocked"> = {}): FakeStep => ({ kind: "promptBlocked", ...options }),
};

/** What the fake answers when nothing else is configured: valid JSON, so schema'd calls can parse it. */
export const DEFAULT_TEXT = JSON.stringify({ message: "Hello from the fake Gemini server." });

export const tokenCount = (chars: number): number => Math.ceil(chars / 4);

/** Gemini's error envelope, as the real API sends it. */
export function errorBody(code: number, status: string, message: string, details?: unknown[]) {
  return { error: { code, message, status, ...(details ? { details } : {}) } };
}

export function rateLimitedBody(s: Extract<FakeStep, { kind: "rateLimited" }>, model: string) {
  const perDay = s.quota === "day";
  const details: unknown[] = [
    {
      "@type": "type.googleapis.com/google.rpc.QuotaFailure",
      violations: [
        {
          quotaMetric: "generativelanguage.googleapis.com/generate_content_free_tier_requests",
          quotaId: `GenerateRequestsPer${perDay ? "Day" : "Minute"}PerProjectPerModel-FreeTier`,
          quotaDimensions: { location: "global", model },
          quotaValue: perDay ? "200" : "15",
        },
      ],
    },
  ];
  if (s.retryAfterSeconds !== undefined && s.retryAfterIn !== "header") {
    details.push({ "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: `${s.retryAfterSeconds}s` });
  }
  return errorBody(
    429,
    "RESOURCE_EXHAUSTED",
    "You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.",
    details,
  );
}

const SAFETY_CATEGORIES = [
  "HARM_CATEGORY_SEXUALLY_EXPLICIT",
  "HARM_CATEGORY_HATE_SPEECH",
  "HARM_CATEGORY_HARASSMENT",
  "HARM_CATEGORY_DANGEROUS_CONTENT",
];
export function safetyRatings(blocked: string) {
  return SAFETY_CATEGORIES.map((category) =>
    category === blocked ? { category, probability: "HIGH", blocked: true } : { category, probability: "NEGLIGIBLE" },
  );
}

/** `{name:"models/…"}` entries in the shape of `GET /v1beta/models`. */
export function modelInfo(model: string) {
  return {
    name: `models/${model}`,
    version: model.replace(/^gemini-/, "").split("-")[0] ?? "001",
    displayName: model.replace(/-/g, " "),
    description: `Fake ${model} served by tests/support/fake-gemini.ts`,
    inputTokenLimit: 1_048_576,
    outputTokenLimit: 8192,
    supportedGenerationMethods: ["generateContent", "countTokens", "createCachedContent", "batchGenerateContent"],
    temperature: 1,
    maxTemperature: 2,
    topP: 0.95,
    topK: 40,
  };
}

/** Splits by code point, so a frame never ends inside a surrogate pair; at least two frames when possible. */
export function splitFrames(text: string, frameChars: number): string[] {
  const chars = Array.from(text);
  const size = Math.max(1, Math.min(frameChars, Math.ceil(chars.length / 2)));
  const frames: string[] = [];
  for (let i = 0; i < chars.length; i += size) frames.push(chars.slice(i, i + size).join(""));
  return frames.length ? frames : [""];
}

/** One SSE frame as Gemini writes it. U+2028/2029 are escaped: the plugin's `.*` would stop at them. */
export function sseFrame(body: unknown): string {
  return `data: ${JSON.stringify(body)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029")}\r\n\r\n`;
}
