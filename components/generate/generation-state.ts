import type { Notice } from "@/ai/schemas/generation";
import { SECTION_KEYS, SECTION_TITLES, type SectionKey } from "@/ai/schemas/plan";
import type { GenerateEvent, PlanRecord } from "@/lib/plans/schema";

export type GenerationStatus = "idle" | "connecting" | "streaming" | "saved" | "unsaved" | "failed" | "cancelled";

export interface StreamedSection {
  value: unknown;
  complete: boolean;
}

export interface GenerationState {
  status: GenerationStatus;
  attempt: number;
  sections: Partial<Record<SectionKey, StreamedSection>>;
  /** The section the model is writing now, for the progress line. */
  current: SectionKey | null;
  /** Messages for the aria-live region, one per completed section. */
  announcements: string[];
  notices: Notice[];
  meta: { requestId: string; model: string; provider: "gemini" | "builtin" } | null;
  error: { message: string; requestId: string | null } | null;
  saved: PlanRecord | null;
  /** Written while the store was down: kept in this browser until it can be saved. */
  unsaved: { record: PlanRecord; message: string } | null;
}

export type GenerationAction =
  | { type: "start" }
  | { type: "event"; event: GenerateEvent }
  | { type: "failed"; message: string; requestId: string | null }
  | { type: "cancelled" }
  | { type: "reset" };

export const initialGenerationState: GenerationState = {
  status: "idle",
  attempt: 0,
  sections: {},
  current: null,
  announcements: [],
  notices: [],
  meta: null,
  error: null,
  saved: null,
  unsaved: null,
};

function onEvent(state: GenerationState, event: GenerateEvent): GenerationState {
  switch (event.event) {
    case "meta":
      return { ...state, status: "streaming", meta: event.data };
    case "section": {
      const { attempt, section, value, complete } = event.data;
      if (attempt < state.attempt) return state;
      // A new attempt means the model started over: drop what the last one wrote.
      const sections = attempt > state.attempt ? {} : state.sections;
      const wasComplete = sections[section]?.complete === true;
      const restarted = attempt > state.attempt && state.attempt > 0;
      const announcements = [
        ...state.announcements,
        ...(restarted ? ["The model started over; the sections so far were cleared."] : []),
        ...(complete && !wasComplete ? [`${SECTION_TITLES[section]} written.`] : []),
      ];
      return {
        ...state,
        status: "streaming",
        attempt,
        sections: { ...sections, [section]: { value, complete } },
        current: complete ? (state.current === section ? null : state.current) : section,
        announcements,
      };
    }
    case "notice":
      return { ...state, notices: [...state.notices, event.data] };
    case "plan":
      return { ...state, status: "saved", current: null, saved: event.data };
    case "unsaved":
      return { ...state, status: "unsaved", current: null, unsaved: { record: event.data.record, message: event.data.message } };
    case "error":
      return {
        ...state,
        status: "failed",
        current: null,
        error: { message: event.data.message, requestId: event.data.requestId },
      };
  }
}

export function generationReducer(state: GenerationState, action: GenerationAction): GenerationState {
  switch (action.type) {
    case "start":
      return { ...initialGenerationState, status: "connecting" };
    case "event":
      return onEvent(state, action.event);
    case "failed":
      return { ...state, status: "failed", current: null, error: { message: action.message, requestId: action.requestId } };
    case "cancelled":
      return { ...state, status: "cancelled", current: null };
    case "reset":
      return initialGenerationState;
  }
}

/** The progress line: which section is being written, or what happens next. */
export function progressText(state: GenerationState): string {
  if (state.status === "connecting") return "Starting…";
  if (state.status !== "streaming") return "";
  if (state.current) return `Writing ${SECTION_TITLES[state.current]}…`;
  const done = SECTION_KEYS.filter((key) => state.sections[key]?.complete).length;
  if (done === SECTION_KEYS.length) return "Checking and saving the plan…";
  return done === 0 ? "Waiting for the model…" : "Writing…";
}

export function completedCount(state: GenerationState): number {
  return SECTION_KEYS.filter((key) => state.sections[key]?.complete).length;
}

export function isBusy(status: GenerationStatus): boolean {
  return status === "connecting" || status === "streaming";
}
