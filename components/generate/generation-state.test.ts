import { describe, expect, it } from "vitest";
import type { GenerateEvent } from "@/lib/plans/schema";
import { type GenerationState, generationReducer, initialGenerationState, progressText } from "./generation-state";

function run(events: GenerateEvent[]): GenerationState {
  return events.reduce(
    (state, event) => generationReducer(state, { type: "event", event }),
    generationReducer(initialGenerationState, { type: "start" }),
  );
}

const section = (attempt: number, key: "executiveSummary" | "situation", complete: boolean, value: unknown = "x") =>
  ({ event: "section", data: { attempt, section: key, value, complete } }) as const;

describe("generationReducer", () => {
  it("names the section being written and announces each completed one once", () => {
    const writing = run([section(1, "executiveSummary", false)]);
    expect(progressText(writing)).toBe("Writing: Executive summary (1 of 13)");
    const done = run([
      section(1, "executiveSummary", false),
      section(1, "executiveSummary", true),
      section(1, "executiveSummary", true),
      section(1, "situation", false),
    ]);
    expect(done.announcements).toEqual(["Executive summary written."]);
    expect(progressText(done)).toBe("Writing: Situation (2 of 13)");
  });

  it("clears what was shown when a new attempt starts, and ignores a stale one", () => {
    const state = run([
      section(1, "executiveSummary", true),
      section(1, "situation", false),
      section(2, "executiveSummary", false, "again"),
      section(1, "situation", true),
    ]);
    expect(state.attempt).toBe(2);
    expect(Object.keys(state.sections)).toEqual(["executiveSummary"]);
    expect(state.sections.executiveSummary).toEqual({ value: "again", complete: false });
    expect(state.announcements).toContain("The model started over; the sections so far were cleared.");
  });

  it("ends with the error's message and request id", () => {
    const state = run([{ event: "error", data: { code: "ai_failed", message: "The model failed.", requestId: "req-1" } }]);
    expect(state.status).toBe("failed");
    expect(state.error).toEqual({ kind: "server", message: "The model failed.", requestId: "req-1", retryAfterSeconds: null });
  });

  it("offers a rephrase, not a retry, when the model refused the content", () => {
    const state = run([{ event: "error", data: { code: "ai_blocked", message: "Rephrase it.", requestId: "req-2" } }]);
    expect(state.error?.kind).toBe("blocked");
  });
});
