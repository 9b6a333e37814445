import type { FigureSource } from "@/ai/schemas/plan";

const LABELS: Record<FigureSource, { label: string; description: string; className: string }> = {
  user: {
    label: "stated by you",
    description: "This number comes from what you told us.",
    className: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  },
  estimate: {
    label: "estimate",
    description: "The planner assumed this number: check it.",
    className: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  },
  computed: {
    label: "computed",
    description: "Calculated in code from other numbers in the plan.",
    className: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
  },
};

export function isFigureSource(value: unknown): value is FigureSource {
  return value === "user" || value === "estimate" || value === "computed";
}

export function ProvenanceBadge({ source }: { source: unknown }) {
  if (!isFigureSource(source)) return null;
  const { label, description, className } = LABELS[source];
  return (
    <span
      className={`ml-1.5 inline-block rounded-full px-2 py-0.5 align-middle text-xs font-medium whitespace-nowrap ${className}`}
      title={description}
      data-provenance={source}
    >
      {label}
    </span>
  );
}
