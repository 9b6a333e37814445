"use client";

import dynamic from "next/dynamic";
import { useEffect, useId, useRef, useState } from "react";
import type { SectionKey } from "@/ai/schemas/plan";
import { smallButton } from "./button-styles";
import { SectionRegenerate } from "./section-regenerate";
import { useRefresh } from "./use-refresh";

// The editor carries the plan's zod schemas: it loads when someone edits, not with the page.
const SectionEditor = dynamic(() => import("./section-editor").then((module) => module.SectionEditor), {
  loading: () => <p className="text-sm text-slate-600 dark:text-slate-300">Opening the editor…</p>,
});

type Mode = "edit" | "regenerate" | null;

interface SectionToolsProps {
  planId: string;
  section: SectionKey;
  title: string;
  /** The section as the owner may edit it (see editableValue). */
  value: unknown;
}

/** "Edit" and "Regenerate" for one section card; each opens its form inside the card. */
export function SectionTools({ planId, section, title, value }: SectionToolsProps) {
  const { refresh, refreshing } = useRefresh();
  const [mode, setMode] = useState<Mode>(null);
  const [status, setStatus] = useState("");
  const editButton = useRef<HTMLButtonElement>(null);
  const regenerateButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<HTMLButtonElement | null>(null);
  const panelId = useId();

  // When a form closes, focus goes back to the button that opened it.
  useEffect(() => {
    if (mode === null && returnFocus.current) {
      returnFocus.current.focus();
      returnFocus.current = null;
    }
  }, [mode]);

  const toggle = (next: Exclude<Mode, null>) => {
    setStatus("");
    setMode((current) => (current === next ? null : next));
  };
  const close = () => {
    returnFocus.current = mode === "regenerate" ? regenerateButton.current : editButton.current;
    setMode(null);
  };
  // The form stays open until the refreshed section arrives, then closes with the message in one commit.
  const finished = (message: string) =>
    refresh(() => {
      setStatus(message);
      close();
    });

  return (
    <>
      <div className="flex flex-wrap items-center gap-2" data-testid="section-tools">
        <p role="status" className="text-sm text-emerald-800 empty:sr-only dark:text-emerald-300">
          {status}
        </p>
        <button
          ref={editButton}
          type="button"
          className={smallButton}
          aria-expanded={mode === "edit"}
          aria-controls={mode === "edit" ? panelId : undefined}
          onClick={() => toggle("edit")}
        >
          Edit<span className="sr-only"> {title}</span>
        </button>
        <button
          ref={regenerateButton}
          type="button"
          className={smallButton}
          aria-expanded={mode === "regenerate"}
          aria-controls={mode === "regenerate" ? panelId : undefined}
          onClick={() => toggle("regenerate")}
        >
          Regenerate<span className="sr-only"> {title}</span>
        </button>
      </div>
      {mode === "edit" ? (
        <SectionEditor
          id={panelId}
          planId={planId}
          section={section}
          title={title}
          value={value}
          saving={refreshing}
          onSaved={(version) => finished(`Saved as version ${version}.`)}
          onCancel={close}
        />
      ) : null}
      {mode === "regenerate" ? (
        <SectionRegenerate
          id={panelId}
          planId={planId}
          section={section}
          title={title}
          saving={refreshing}
          onDone={(version) => finished(`Rewritten as version ${version}.`)}
          onStopped={() => refresh()}
          onCancel={close}
        />
      ) : null}
    </>
  );
}
