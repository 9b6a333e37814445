"use client";

import { type FormEvent, useEffect, useState } from "react";
import { type PlanInput, PlanInputSchema } from "@/ai/schemas/plan-input";
import { SUBMIT_BUTTON_ID } from "@/components/generate/connection-banner";
import { isoDate, nextMonday } from "@/lib/calendar/dates";
import { DescriptionField } from "./description-field";
import { ExamplePicker } from "./example-picker";
import type { ExampleBusiness } from "./examples";
import { describe, Field } from "./field";
import {
  CURRENCIES,
  errorsFromProblems,
  errorsFromZod,
  FIELD_ORDER,
  type FieldErrors,
  type FieldName,
  initialFormValues,
  LANGUAGES,
  type PlanFormValues,
  toPlanInputDraft,
} from "./form-values";

interface PlanFormProps {
  /** Starts a generation; resolves with the server's field problems if it refused the input. */
  onSubmit: (input: PlanInput) => Promise<{ field: string; message: string }[]>;
  hidden?: boolean;
  /** The browser is offline: the form stays editable, submitting waits for the connection. */
  offline?: boolean;
}

/** The control whose message a field's problems show under (the language tag shows the language's). */
const errorKey = (name: FieldName): FieldName => (name === "customLanguage" ? "language" : name);

function validate(values: PlanFormValues) {
  return PlanInputSchema.safeParse(toPlanInputDraft(values));
}

export function PlanForm({ onSubmit, hidden = false, offline = false }: PlanFormProps) {
  const [values, setValues] = useState(() => ({ ...initialFormValues, startDate: isoDate(nextMonday(new Date())) }));
  const [errors, setErrors] = useState<FieldErrors>({});
  // Fields left at least once: from then on their message follows what is typed.
  const [touched, setTouched] = useState<ReadonlySet<FieldName>>(new Set());
  const [focusRequest, setFocusRequest] = useState(0);
  const [example, setExample] = useState<ExampleBusiness | null>(null);

  // After a failed submit, move focus to the first control with a problem (once the form is visible again).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs only when a focus is requested
  useEffect(() => {
    if (focusRequest === 0 || hidden) return;
    const first = FIELD_ORDER.find((name) => errors[name]);
    if (first) document.getElementById(first === "language" && values.language === "other" ? "customLanguage" : first)?.focus();
    else if (errors.form) document.getElementById("plan-form-error")?.focus();
  }, [focusRequest, hidden]);

  function update(name: FieldName, value: string) {
    const next = { ...values, [name]: value };
    setValues(next);
    const edited = errorKey(name);
    const checkEdited = touched.has(name);
    if (Object.keys(errors).length === 0 && !checkEdited) return;
    // Re-check live only the fields already showing a message or already left once, so typing never nags early.
    const result = validate(next);
    const now = result.success ? {} : errorsFromZod(result.error.issues);
    setErrors((previous) => {
      const kept: FieldErrors = {};
      for (const key of Object.keys(previous) as (keyof FieldErrors)[]) {
        if (key === edited || key === "form") kept[key] = now[key];
        else kept[key] = now[key] ?? previous[key];
      }
      if (checkEdited) kept[edited] = now[edited];
      return kept;
    });
  }

  /**
   * Leaving a field checks it and shows its message next to it. Only typing clears a message,
   * so a problem the server found (which the browser may not see) stays until the field changes.
   */
  function blur(name: FieldName) {
    setTouched((previous) => (previous.has(name) ? previous : new Set(previous).add(name)));
    const result = validate(values);
    const key = errorKey(name);
    const message = result.success ? undefined : errorsFromZod(result.error.issues)[key];
    if (message) setErrors((previous) => ({ ...previous, [key]: message }));
  }

  function pickExample(picked: ExampleBusiness) {
    setValues({ ...picked.values, startDate: values.startDate });
    setErrors({});
    setTouched(new Set());
    setExample(picked);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (offline) return;
    setTouched(new Set(FIELD_ORDER));
    const result = validate(values);
    if (!result.success) {
      setErrors(errorsFromZod(result.error.issues));
      setFocusRequest((n) => n + 1);
      return;
    }
    setErrors({});
    const problems = await onSubmit(result.data);
    if (problems.length > 0) {
      setErrors(errorsFromProblems(problems));
      setFocusRequest((n) => n + 1);
    }
  }

  const text = (name: FieldName) => ({
    ...describe(name, { error: errors[name] }),
    value: values[name],
    onChange: (event: { target: { value: string } }) => update(name, event.target.value),
    onBlur: () => blur(name),
    className: "input",
  });

  return (
    <form
      id="plan-form"
      onSubmit={submit}
      noValidate
      hidden={hidden}
      aria-labelledby="plan-form-heading"
      className="card space-y-6"
    >
      <h2 id="plan-form-heading" className="text-xl font-semibold">
        Your business
      </h2>
      <ExamplePicker onPick={pickExample} picked={example} />
      {errors.form ? (
        <p id="plan-form-error" role="alert" tabIndex={-1} className="rounded-md bg-red-50 p-3 field-error dark:bg-red-950/50">
          {errors.form}
        </p>
      ) : null}
      <DescriptionField
        value={values.businessDescription}
        error={errors.businessDescription}
        onChange={(value) => update("businessDescription", value)}
        onBlur={() => blur("businessDescription")}
      />
      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">Details that sharpen the plan</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="businessName" label="Business name" optional error={errors.businessName}>
            <input type="text" autoComplete="organization" {...text("businessName")} />
          </Field>
          <Field name="industry" label="Industry" optional error={errors.industry}>
            <input type="text" placeholder="e.g. Bakery, B2B SaaS" {...text("industry")} />
          </Field>
          <Field name="targetAudience" label="Target audience" optional error={errors.targetAudience} className="sm:col-span-2">
            <input type="text" placeholder="e.g. Commuters and local cafés" {...text("targetAudience")} />
          </Field>
          <Field name="region" label="Region" optional error={errors.region}>
            <input type="text" placeholder="e.g. Leeds, UK or online" {...text("region")} />
          </Field>
          <div className="grid grid-cols-[1fr_auto] gap-2">
            <Field name="budgetAmount" label="Monthly budget" optional error={errors.budgetAmount}>
              <input type="text" inputMode="decimal" placeholder="e.g. 2500" {...text("budgetAmount")} />
            </Field>
            <Field name="budgetCurrency" label="Currency" error={errors.budgetCurrency}>
              <select {...text("budgetCurrency")}>
                {CURRENCIES.map((code) => (
                  <option key={code} value={code}>
                    {code}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <Field
            name="goals"
            label="Goals"
            optional
            hint="One per line, up to 10."
            error={errors.goals}
            className="sm:col-span-2"
          >
            <textarea rows={3} {...text("goals")} {...describe("goals", { hint: true, error: errors.goals })} />
          </Field>
          <Field name="timeframeMonths" label="Timeframe in months" optional error={errors.timeframeMonths}>
            <input type="text" inputMode="numeric" placeholder="e.g. 6" {...text("timeframeMonths")} />
          </Field>
          <Field name="tone" label="Tone" optional error={errors.tone}>
            <input type="text" placeholder="e.g. Friendly, premium" {...text("tone")} />
          </Field>
          <Field
            name="startDate"
            label="Start date"
            hint="Day 1 of the roadmap; dates skip weekends and public holidays."
            error={errors.startDate}
          >
            <input type="date" {...text("startDate")} {...describe("startDate", { hint: true, error: errors.startDate })} />
          </Field>
          <Field name="language" label="Plan language" error={values.language === "other" ? undefined : errors.language}>
            <select {...text("language")}>
              {LANGUAGES.map((language) => (
                <option key={language.tag} value={language.tag} lang={language.tag}>
                  {language.label}
                </option>
              ))}
              <option value="other">Other…</option>
            </select>
          </Field>
          {values.language === "other" ? (
            <Field name="customLanguage" label="Language tag" hint="BCP 47, e.g. pt-BR or it." error={errors.language}>
              <input
                type="text"
                autoCapitalize="off"
                spellCheck={false}
                {...text("customLanguage")}
                {...describe("customLanguage", { hint: true, error: errors.language })}
              />
            </Field>
          ) : null}
        </div>
      </fieldset>
      {/* Sticky, so "Write my plan" stays in view at 1280x800 however many optional fields are open. */}
      <div
        className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:-mx-6 sm:px-6 dark:border-slate-800 dark:bg-slate-900/95"
        data-testid="form-actions"
      >
        <button
          type="submit"
          id={SUBMIT_BUTTON_ID}
          className="btn-primary"
          disabled={offline}
          aria-describedby="plan-submit-hint"
        >
          Write my plan
        </button>
        <p id="plan-submit-hint" className="text-sm muted">
          {offline
            ? "You are offline: this button comes back when the connection does."
            : "Takes a few seconds; you can watch it being written."}
        </p>
      </div>
    </form>
  );
}
