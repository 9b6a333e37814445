import { buildPlanDraft, buildSectionDraft } from "@/ai/planner";
import { parseUserMessage } from "@/ai/prompts/plan-prompt";
import type { FakeStep, RecordedRequest } from "./fake-gemini";
import { step } from "./fake-gemini";

export const GEMINI_TITLE_PREFIX = "Gemini: ";

/**
 * What the fake Gemini answers by default: a valid plan (or section) for the
 * request it received, with a title that shows Gemini wrote it.
 */
export function answerLikeGemini(request: RecordedRequest): string {
  const planRequest = parseUserMessage(request.userText);
  if (planRequest.task === "plan") {
    const draft = buildPlanDraft(planRequest.input);
    return JSON.stringify({ ...draft, title: `${GEMINI_TITLE_PREFIX}${draft.title}` });
  }
  const { section, input, plan, instruction } = planRequest;
  return JSON.stringify({ [section]: buildSectionDraft({ input, plan, section, instruction: `${instruction} (gemini)` }) });
}

export const geminiDefault = (request: RecordedRequest): FakeStep => step.ok(answerLikeGemini(request));
