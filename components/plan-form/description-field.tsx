import { BUSINESS_DESCRIPTION_MAX, BUSINESS_DESCRIPTION_MIN } from "@/ai/schemas/plan-input";
import { describe } from "./field";

interface DescriptionFieldProps {
  value: string;
  error?: string;
  onChange: (value: string) => void;
  onBlur: () => void;
}

/** The one required field, with a live character count and what is still needed. */
export function DescriptionField({ value, error, onChange, onBlur }: DescriptionFieldProps) {
  const length = value.trim().length;
  const over = length > BUSINESS_DESCRIPTION_MAX;
  const short = length < BUSINESS_DESCRIPTION_MIN;
  const status = over
    ? `${(length - BUSINESS_DESCRIPTION_MAX).toLocaleString("en")} characters over the limit`
    : short
      ? `${BUSINESS_DESCRIPTION_MIN - length} more characters needed`
      : "Enough to write a plan";
  return (
    <div>
      <label htmlFor="businessDescription" className="field-label">
        Describe your business
      </label>
      <p id="businessDescription-hint" className="field-hint">
        What you sell, to whom, where, and anything that makes you different. {BUSINESS_DESCRIPTION_MIN} to{" "}
        {BUSINESS_DESCRIPTION_MAX.toLocaleString("en")} characters.
      </p>
      <textarea
        {...describe("businessDescription", { hint: true, error })}
        aria-describedby={["businessDescription-hint", "businessDescription-count", error ? "businessDescription-error" : ""]
          .filter(Boolean)
          .join(" ")}
        required
        rows={6}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        className="input min-h-36 resize-y"
        placeholder="A family bakery in Leeds selling sourdough and pastries to local commuters and cafés…"
      />
      <div className="mt-1 flex flex-wrap justify-between gap-x-4 gap-y-1">
        {error ? (
          <p id="businessDescription-error" className="field-error">
            {error}
          </p>
        ) : (
          <p className={`text-sm ${short ? "muted" : "text-emerald-800 dark:text-emerald-300"}`}>{status}</p>
        )}
        <p
          id="businessDescription-count"
          data-testid="description-count"
          className={`ml-auto text-sm tabular-nums ${over ? "font-semibold text-red-700 dark:text-red-400" : "muted"}`}
        >
          {length.toLocaleString("en")} / {BUSINESS_DESCRIPTION_MAX.toLocaleString("en")}
          <span className="sr-only"> characters</span>
        </p>
      </div>
    </div>
  );
}
