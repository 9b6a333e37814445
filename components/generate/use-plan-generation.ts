"use client";

import { useCallback, useEffect, useReducer, useRef } from "react";
import type { PlanInput } from "@/ai/schemas/plan-input";
import type { PlanRecord } from "@/lib/plans/schema";
import { ApiError, type FieldProblem, streamGeneratePlan } from "./generate-client";
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
      if (error instanceof ApiError) {
        dispatch({ type: "failed", message: error.message, requestId: error.requestId });
        return error.fields;
      }
      dispatch({
        type: "failed",
        message: "Could not reach the server. Check your connection and try again.",
        requestId: null,
      });
      return [];
    } finally {
      if (controller.current === current) controller.current = null;
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { state, start, cancel };
}
