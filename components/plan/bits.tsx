import type { ReactNode } from "react";
import { texts, txt } from "./partial";

/** A bullet list of whatever strings have arrived; nothing if none. */
export function TextList({ value, label }: { value: unknown; label?: string }) {
  const list = texts(value);
  if (list.length === 0) return null;
  return (
    <div>
      {label ? <p className="text-sm font-semibold">{label}</p> : null}
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {list.map((item, index) => (
          // Streamed lists only grow at the end, so the index is a stable key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={index}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

/** A paragraph of model text, line breaks kept; nothing if empty. */
export function Prose({ value, className = "" }: { value: unknown; className?: string }) {
  const text = txt(value);
  if (!text) return null;
  return <p className={`whitespace-pre-line ${className}`}>{text}</p>;
}

/** Label and value pairs; pairs whose value has not arrived are left out. */
export function Facts({ rows }: { rows: [label: string, value: ReactNode][] }) {
  const present = rows.filter(([, value]) => value !== undefined && value !== null && value !== "");
  if (present.length === 0) return null;
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
      {present.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-sm font-semibold">{label}</dt>
          <dd className="mb-2 sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Tag({ children }: { children: ReactNode }) {
  if (children === undefined || children === null || children === "") return null;
  return (
    <span className="inline-block rounded-md bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-800 dark:bg-slate-800 dark:text-slate-200">
      {children}
    </span>
  );
}

export function SubHeading({ children }: { children: ReactNode }) {
  return <h3 className="sub-heading">{children}</h3>;
}

/** Tables scroll sideways on narrow screens instead of squashing the page. */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="-mx-2 overflow-x-auto px-2" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
