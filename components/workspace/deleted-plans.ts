/**
 * Plans deleted in this browser session, so "My plans" can offer Undo after the
 * workspace navigates there. Session storage: the offer ends with the tab.
 */
const KEY = "marketplan:deleted-plans";
/** The plan whose deletion this browser has not yet shown to the person who made it. */
const UNSHOWN_KEY = "marketplan:deleted-plan-unshown";

export interface DeletedPlan {
  id: string;
  title: string;
  restorableUntil: string;
  /** When this browser deleted it (ms since epoch). */
  deletedAt: number;
}

function isDeletedPlan(value: unknown): value is DeletedPlan {
  const v = value as Partial<DeletedPlan> | null;
  return (
    typeof v?.id === "string" &&
    typeof v.title === "string" &&
    typeof v.restorableUntil === "string" &&
    typeof v.deletedAt === "number"
  );
}

export function deletedPlans(): DeletedPlan[] {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter(isDeletedPlan) : [];
  } catch {
    return [];
  }
}

function save(plans: DeletedPlan[]): void {
  try {
    if (plans.length === 0) sessionStorage.removeItem(KEY);
    else sessionStorage.setItem(KEY, JSON.stringify(plans));
  } catch {
    // Storage full or disabled: the plan is still deleted, only the Undo offer is lost.
  }
}

export function rememberDeletedPlan(plan: DeletedPlan): void {
  save([plan, ...deletedPlans().filter((p) => p.id !== plan.id)]);
  try {
    sessionStorage.setItem(UNSHOWN_KEY, plan.id);
  } catch {
    // Without storage the notice still shows; only its Undo does not take focus.
  }
}

/**
 * The id of a deletion made here and not shown yet, once: the page that shows it
 * moves focus to its Undo, and a reload or a later visit does not steal focus again.
 */
export function takeUnshownDeletion(): string | null {
  try {
    const id = sessionStorage.getItem(UNSHOWN_KEY);
    sessionStorage.removeItem(UNSHOWN_KEY);
    return id;
  } catch {
    return null;
  }
}

export function forgetDeletedPlan(id: string): void {
  save(deletedPlans().filter((p) => p.id !== id));
}
