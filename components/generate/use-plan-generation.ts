"use client";

import { useCallback, useEffect, useReducer, useRef } from "react";
import type { PlanInput } from "@/ai/schemas/plan-input";
import type { PlanRecord } from "@/lib/plans/schema";
import { type FieldProblem, GenerateError, streamGeneratePlan } from "./generate-client";
import { generationReducer, initialGenerationState } from "./generation-state";
import { keepPendingPlan } from "./pending-plans";

/**
 * Runs one plan generation at a time. `start` resolves when the generation ends,
 * with the server's field problems if it refused the input.
 */
export function usePlanGeneration(onSaved: (record: PlanRecord) => void) {
  const [state, dispatch] = useReducer(generationReducer, initialGenerationState);
  const controller = useRef<AbortController | null>(null);
  const savedCallback = useRef(onSaved);
  useEffect(() => {
    savedCallback.current = onSaved;
  }, [onSaved]);

  // Leaving the page stops the model call too.
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async (input: PlanInput): Promise<FieldProblem[]> => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    dispatch({ type: "start" });
    try {
      await streamGeneratePlan(input, {
        signal: current.signal,
        onEvent: (event) => {
          dispatch({ type: "event", event });
          if (event.event === "plan") savedCallback.current(event.data);
          if (event.event === "unsaved") keepPendingPlan({ record: event.data.record, signature: event.data.signature });
        },
      });
      return [];
    } catch (error) {
      if (current.signal.aborted) {
        dispatch({ type: "cancelled" });
        return [];
      }
      if (error instanceof GenerateError) {
        dispatch({ type: "failed", failure: error.toFailure() });
        return error.fields;
      }
      // Not expected (the client turns every failure into a GenerateError); still a message and a retry.
      dispatch({
        type: "failed",
        failure: {
          kind: "network",
          message: "Something went wrong while writing the plan. Try again.",
          requestId: null,
          retryAfterSeconds: null,
        },
      });
      return [];
    } finally {
      if (controller.current === current) controller.current = null;
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { state, start, cancel };
}
