/**
 * Plans deleted in this browser session, so "My plans" can offer Undo after the
 * workspace navigates there. Session storage: the offer ends with the tab.
 */
const KEY = "marketplan:deleted-plans";

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
}

export function forgetDeletedPlan(id: string): void {
  save(deletedPlans().filter((p) => p.id !== id));
}
