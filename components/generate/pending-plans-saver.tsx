"use client";

import { useEffect } from "react";
import { pendingPlans, savePendingPlan } from "./pending-plans";

const RETRY_MS = 5_000;
export const PLAN_SAVED_EVENT = "marketplan:plan-saved";

/**
 * Saves plans kept in this browser while the store was down: at once, every
 * few seconds, and whenever the browser comes back online. Announces each
 * saved plan with a window event so the page showing it can move to its URL.
 */
export function PendingPlansSaver() {
  useEffect(() => {
    let running = false;
    const attempt = async () => {
      if (running) return;
      running = true;
      try {
        for (const pending of pendingPlans()) {
          if ((await savePendingPlan(pending)) === "saved") {
            window.dispatchEvent(new CustomEvent(PLAN_SAVED_EVENT, { detail: { id: pending.record.id } }));
          }
        }
      } finally {
        running = false;
      }
    };
    void attempt();
    const timer = window.setInterval(attempt, RETRY_MS);
    window.addEventListener("online", attempt);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener("online", attempt);
    };
  }, []);
  return null;
}
