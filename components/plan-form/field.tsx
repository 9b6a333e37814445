import type { ReactNode } from "react";

/** ids and aria attributes that tie a control to its hint and error text. */
export function describe(name: string, options: { hint?: boolean; error?: string }) {
  const ids = [options.hint ? `${name}-hint` : null, options.error ? `${name}-error` : null].filter(Boolean);
  return {
    id: name,
    name,
    "aria-invalid": options.error ? true : undefined,
    "aria-describedby": ids.length > 0 ? ids.join(" ") : undefined,
  } as const;
}

interface FieldProps {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  className?: string;
  children: ReactNode;
}

export function Field({ name, label, hint, error, optional = false, className = "", children }: FieldProps) {
  return (
    <div className={className}>
      <label htmlFor={name} className="field-label">
        {label}
        {optional ? <span className="font-normal muted"> (optional)</span> : null}
      </label>
      {children}
      {hint ? (
        <div id={`${name}-hint`} className="mt-1 field-hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${name}-error`} className="mt-1 field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
