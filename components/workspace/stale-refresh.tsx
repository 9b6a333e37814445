"use client";

import type { SectionKey } from "@/ai/schemas/plan";
import { callApi, planPath } from "./api-client";
import { smallButton } from "./button-styles";
import { ErrorMessage } from "./error-message";
import { useApiAction } from "./use-api-action";
import { useRefresh } from "./use-refresh";

/** What the model is asked when the owner refreshes text that restates figures. */
export const REFRESH_INSTRUCTION =
  "Keep the text as it is, but restate the channels, their shares and the budget exactly as they are in the plan now.";

/** One click: the section is rewritten from the current figures (a new version; the old text stays in the history). */
export function StaleRefresh({ planId, section, title }: { planId: string; section: SectionKey; title: string }) {
  const { run, busy, error } = useApiAction();
  const { refresh, refreshing } = useRefresh();
  const click = async () => {
    const record = await run((signal) =>
      callApi<{ version: number }>(planPath(planId, `/sections/${section}/regenerate`), {
        method: "POST",
        body: { instruction: REFRESH_INSTRUCTION },
        signal,
      }),
    );
    if (record) refresh();
  };
  const working = busy || refreshing;
  return (
    <>
      <button type="button" className={smallButton} onClick={click} disabled={working} aria-busy={working}>
        {working ? "Refreshing…" : "Refresh from the current figures"}
        <span className="sr-only"> ({title})</span>
      </button>
      <ErrorMessage error={error} />
    </>
  );
}
