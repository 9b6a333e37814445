import type { Notice } from "@/ai/schemas/generation";
import { SECTION_KEYS, SECTION_TITLES, type SectionKey } from "@/ai/schemas/plan";
import type { GenerateEvent, PlanRecord } from "@/lib/plans/schema";

export type GenerationStatus = "idle" | "connecting" | "streaming" | "saved" | "unsaved" | "failed" | "cancelled";

/**
 * Why a generation ended without a plan, which decides the next step offered:
 * offline / network / interrupted / busy / server: try again; refused: fix the form; blocked: rephrase.
 */
export type FailureKind = "offline" | "network" | "interrupted" | "refused" | "busy" | "server" | "blocked";

export interface GenerationFailure {
  kind: FailureKind;
  message: string;
  requestId: string | null;
  /** From a 429's Retry-After, when the server sent one. */
  retryAfterSeconds: number | null;
}

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
  error: GenerationFailure | null;
  saved: PlanRecord | null;
  /** Written while the store was down: kept in this browser until it can be saved. */
  unsaved: { record: PlanRecord; message: string } | null;
}

export type GenerationAction =
  | { type: "start" }
  | { type: "event"; event: GenerateEvent }
  | { type: "failed"; failure: GenerationFailure }
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
        error: {
          kind: event.data.code === "ai_blocked" ? "blocked" : "server",
          message: event.data.message,
          requestId: event.data.requestId,
          retryAfterSeconds: null,
        },
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
      return { ...state, status: "failed", current: null, error: action.failure };
    case "cancelled":
      return { ...state, status: "cancelled", current: null };
    case "reset":
      return initialGenerationState;
  }
}

/** The progress line: which section is being written (and where it sits in the plan), or what happens next. */
export function progressText(state: GenerationState): string {
  if (state.status === "connecting") return "Starting…";
  if (state.status !== "streaming") return "";
  const total = SECTION_KEYS.length;
  if (state.current) {
    return `Writing: ${SECTION_TITLES[state.current]} (${SECTION_KEYS.indexOf(state.current) + 1} of ${total})`;
  }
  const done = completedCount(state);
  if (done === total) return "Checking and saving the plan…";
  return done === 0 ? "Waiting for the model…" : `Writing… (${done} of ${total} done)`;
}

export function completedCount(state: GenerationState): number {
  return SECTION_KEYS.filter((key) => state.sections[key]?.complete).length;
}

export function isBusy(status: GenerationStatus): boolean {
  return status === "connecting" || status === "streaming";
}
