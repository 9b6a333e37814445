import Link from "next/link";
import { dangerOutlineButton } from "@/components/workspace/button-styles";
import type { PlanSummary } from "@/lib/store/types";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const MODEL_LABEL: Record<PlanSummary["provider"], string> = {
  gemini: "Gemini",
  builtin: "Built-in planner",
};

/** One plan in "My plans": its title links to the workspace; Delete asks first (the list's dialog). */
export function PlanListItem({ plan, onDelete }: { plan: PlanSummary; onDelete: () => void }) {
  return (
    <li className="card flex flex-wrap items-baseline justify-between gap-x-4 gap-y-2" data-plan-id={plan.id}>
      <div className="min-w-0 space-y-1">
        <h2 className="text-lg font-semibold break-words">
          <Link href={`/plans/${plan.id}`} className="underline-offset-2 hover:underline">
            {plan.title}
          </Link>
        </h2>
        <p className="text-sm muted">
          Created <time dateTime={plan.createdAt}>{dateFormat.format(new Date(plan.createdAt))} UTC</time>
          {" · "}
          {MODEL_LABEL[plan.provider]}
          {plan.version > 1 ? ` · version ${plan.version}` : null}
          {plan.updatedAt !== plan.createdAt ? (
            <>
              {" · updated "}
              <time dateTime={plan.updatedAt}>{dateFormat.format(new Date(plan.updatedAt))} UTC</time>
            </>
          ) : null}
        </p>
      </div>
      <div className="flex items-center gap-2">
        <span
          className={`rounded-md px-2 py-0.5 text-xs font-semibold ${
            plan.complete
              ? "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200"
              : "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200"
          }`}
        >
          {plan.complete ? "Complete" : "Incomplete"}
        </span>
        <button type="button" className={`${dangerOutlineButton} min-h-9 px-3 py-1`} onClick={onDelete} aria-haspopup="dialog">
          Delete<span className="sr-only"> “{plan.title}”</span>
        </button>
      </div>
    </li>
  );
}
