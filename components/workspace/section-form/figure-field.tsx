"use client";

import type { Figure } from "@/ai/schemas/plan";
import { ProvenanceBadge } from "@/components/plan/provenance-badge";
import { FieldProblems, useFieldState, useSectionForm } from "./form-context";
import { editFigureValue, type Path } from "./form-value";
import { NumberField, TextField } from "./scalar-fields";

const COMPUTED_NOTE = "Computed in code: recomputed from the channel shares and the monthly total when you save.";

interface FigureFieldProps {
  path: Path;
  label: string;
  value: unknown;
  optional: boolean;
}

/**
 * A number with its unit and provenance badge. Typing a new number makes it the
 * owner's ("stated by you"); computed figures are shown, never edited.
 */
export function FigureField({ path, label, value, optional }: FigureFieldProps) {
  const { update } = useSectionForm();
  const { problemId, messages } = useFieldState(path);
  const figure = (typeof value === "object" && value !== null ? value : {}) as Partial<Figure>;

  if (figure.source === "computed") {
    return (
      <div className="rounded-md border border-slate-200 p-3 dark:border-slate-700" data-figure="computed">
        <p className="field-label">
          {label}
          <ProvenanceBadge source="computed" />
        </p>
        <p className="font-semibold tabular-nums">
          {figure.value} {figure.unit}
        </p>
        <p className="field-hint">{COMPUTED_NOTE}</p>
      </div>
    );
  }
  return (
    <fieldset className="rounded-md border border-slate-300 p-3 dark:border-slate-700" data-figure={figure.source}>
      <legend className="px-1 text-sm font-semibold">
        {label}
        <ProvenanceBadge source={figure.source} />
      </legend>
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <NumberField
          node={{ kind: "number", optional: false, integer: false }}
          path={[...path, "value"]}
          label="Value"
          value={figure.value}
          onValue={(next) =>
            update(
              path,
              typeof next === "number" ? editFigureValue(figure as Figure, next) : { ...figure, value: next, source: "user" },
            )
          }
        />
        <TextField
          node={{ kind: "text", optional: false, min: 1, max: 40, multiline: false }}
          path={[...path, "unit"]}
          label="Unit"
          value={figure.unit}
        />
      </div>
      <div className="mt-3">
        <TextField
          node={{ kind: "text", optional: true, min: 0, max: 240, multiline: false }}
          path={[...path, "basis"]}
          label="How it was reached"
          value={figure.basis}
        />
      </div>
      {optional ? (
        <button type="button" className="mt-2 text-sm underline underline-offset-2" onClick={() => update(path, undefined)}>
          Remove {label.toLowerCase()}
        </button>
      ) : null}
      <FieldProblems id={problemId} messages={messages} />
    </fieldset>
  );
}

interface Allocation {
  channel: string;
  sharePercent: number;
  amount: Figure;
}

/** The budget's per-channel amounts, read-only: code computes them from the shares on every save. */
export function ComputedAllocations({ allocations }: { allocations: readonly Allocation[] }) {
  return (
    <section aria-labelledby="computed-allocations" className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <h3 id="computed-allocations" className="text-sm font-semibold">
        Amounts per channel
        <ProvenanceBadge source="computed" />
      </h3>
      <p className="field-hint">
        Not edited here: they are recomputed from the channel shares (edit them in Channels) and the monthly total when you save.
      </p>
      <ul className="mt-2 space-y-1 text-sm">
        {allocations.map((allocation) => (
          <li key={allocation.channel} className="flex flex-wrap justify-between gap-x-3">
            <span className="break-words">
              {allocation.channel} <span className="muted">({allocation.sharePercent}%)</span>
            </span>
            <span className="tabular-nums">
              {allocation.amount.value} {allocation.amount.unit}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
