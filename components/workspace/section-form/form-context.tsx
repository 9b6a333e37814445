"use client";

import { createContext, useContext } from "react";
import { type Path, pathKey } from "./form-value";
import type { Problems } from "./validate";

export interface SectionFormContextValue {
  update: (path: Path, next: unknown) => void;
  problems: Problems;
  /** A unique element id for the field at `path`. */
  idFor: (path: Path) => string;
}

export const SectionFormContext = createContext<SectionFormContextValue | null>(null);

export function useSectionForm(): SectionFormContextValue {
  const context = useContext(SectionFormContext);
  if (!context) throw new Error("Section form fields render inside SectionForm");
  return context;
}

/** What an input needs to be labelled and to say what is wrong with it. */
export function useFieldState(path: Path) {
  const { problems, idFor } = useSectionForm();
  const id = idFor(path);
  const messages = problems.get(pathKey(path)) ?? [];
  return { id, problemId: `${id}-problem`, messages, invalid: messages.length > 0 };
}

/** The messages for one field, right under it; inputs point at them with aria-describedby. */
export function FieldProblems({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <p id={id} className="field-error mt-1" data-testid="field-problem">
      {messages.join(" ")}
    </p>
  );
}
