import type { ReactNode } from "react";

interface StaleNoticeProps {
  /** What changed since this text was written, e.g. "the channels". */
  because: string;
  /** The owner's one-click refresh; none on a shared, read-only plan. */
  refresh?: ReactNode;
}

/** Says that a section's text may restate figures that have changed since it was written. */
export function StaleNotice({ because, refresh }: StaleNoticeProps) {
  return (
    <div
      role="note"
      className="mb-3 flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-100"
      data-testid="stale-notice"
    >
      <span>
        Possibly out of date: this text was written before {because} changed, so figures it mentions may differ from the tables.
      </span>
      {refresh}
    </div>
  );
}
