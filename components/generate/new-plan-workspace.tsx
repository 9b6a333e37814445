"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { PlanInput } from "@/ai/schemas/plan-input";
import { planView } from "@/components/plan/plan-view";
import { PlanForm } from "@/components/plan-form/plan-form";
import { safeLocale } from "@/lib/format/numbers";
import type { PlanRecord } from "@/lib/plans/schema";
import { ConnectionBanner } from "./connection-banner";
import { isBusy } from "./generation-state";
import { GenerationStatus } from "./generation-status";
import { PLAN_SAVED_EVENT } from "./pending-plans-saver";
import { useOnline } from "./use-online";
import { usePlanGeneration } from "./use-plan-generation";

// The plan views are only needed once a generation starts: kept out of the page's first-load JavaScript.
const StreamedSections = dynamic(() => import("./streamed-sections").then((m) => m.StreamedSections));
const PlanDocument = dynamic(() => import("@/components/plan/plan-document").then((m) => m.PlanDocument));

function subjectOf(input: PlanInput | null): string {
  if (!input) return "";
  if (input.businessName) return input.businessName;
  const text = input.businessDescription;
  return text.length > 90 ? `${text.slice(0, 90)}…` : text;
}

/** The new-plan page: the form, then the plan streaming in, then the saved plan's own URL. */
export function NewPlanWorkspace() {
  const router = useRouter();
  const onSaved = useCallback((record: PlanRecord) => router.replace(`/plans/${record.id}`), [router]);
  const { state, start, cancel } = usePlanGeneration(onSaved);
  const [input, setInput] = useState<PlanInput | null>(null);
  const statusHeading = useRef<HTMLHeadingElement>(null);
  const online = useOnline();
  const locked = isBusy(state.status) || state.status === "saved" || state.status === "unsaved";

  // A plan kept in this browser moves to its own URL once the saver gets it into the store.
  const unsavedId = state.unsaved?.record.id;
  useEffect(() => {
    if (!unsavedId) return;
    const onSaved = (event: Event) => {
      if ((event as CustomEvent<{ id: string }>).detail.id === unsavedId) router.replace(`/plans/${unsavedId}`);
    };
    window.addEventListener(PLAN_SAVED_EVENT, onSaved);
    return () => window.removeEventListener(PLAN_SAVED_EVENT, onSaved);
  }, [unsavedId, router]);

  // Keyboard and screen-reader users follow the generation once it starts, and its outcome when it ends.
  useEffect(() => {
    if (state.status === "connecting" || state.status === "cancelled") statusHeading.current?.focus();
  }, [state.status]);

  const submit = useCallback(
    (next: PlanInput) => {
      setInput(next);
      return start(next);
    },
    [start],
  );

  const retry = useCallback(() => {
    if (input) void start(input);
  }, [input, start]);

  // The form is visible again after a failure: go to the field the server or the model objected to.
  const edit = useCallback(() => {
    const form = document.getElementById("plan-form");
    const target = form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? document.getElementById("businessDescription");
    target?.focus();
  }, []);

  return (
    <div className="space-y-6">
      <ConnectionBanner />
      {state.status !== "idle" ? (
        <GenerationStatus
          state={state}
          subject={subjectOf(input)}
          online={online}
          onCancel={cancel}
          onRetry={retry}
          onEdit={edit}
          headingRef={statusHeading}
        />
      ) : null}
      <PlanForm onSubmit={submit} hidden={locked} offline={!online} />
      {state.unsaved ? (
        <>
          <p
            role="status"
            data-testid="unsaved-banner"
            className="rounded-lg border border-amber-300 bg-amber-50 p-4 dark:border-amber-800 dark:bg-amber-950/40"
          >
            {state.unsaved.message}
          </p>
          <PlanDocument record={planView(state.unsaved.record)} />
        </>
      ) : (
        <StreamedSections state={state} locale={safeLocale(input?.language)} lang={input?.language} />
      )}
      <div aria-live="polite" className="sr-only" data-testid="announcer">
        {state.announcements.map((message, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: announcements only append
          <p key={index}>{message}</p>
        ))}
      </div>
    </div>
  );
}
