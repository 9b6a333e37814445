import { authorizedFetch } from "@/lib/auth/client/firebase-client";
import { type PlanRecord, PlanRecordSchema } from "@/lib/plans/schema";

/**
 * Plans written while the store was down, kept in this browser's localStorage
 * until the server accepts them. One key per plan, so two tabs never overwrite
 * each other's; saving is idempotent on the server, so two tabs saving the
 * same plan store it once.
 */
const PREFIX = "marketplan:unsaved:";

export interface PendingPlan {
  record: PlanRecord;
  signature: string;
}

export function keepPendingPlan(pending: PendingPlan): void {
  localStorage.setItem(`${PREFIX}${pending.record.id}`, JSON.stringify(pending));
}

export function pendingPlans(): PendingPlan[] {
  const plans: PendingPlan[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    try {
      const value = JSON.parse(localStorage.getItem(key) ?? "") as { record?: unknown; signature?: unknown };
      const record = PlanRecordSchema.safeParse(value.record);
      if (record.success && typeof value.signature === "string")
        plans.push({ record: value.record as PlanRecord, signature: value.signature });
      else localStorage.removeItem(key);
    } catch {
      localStorage.removeItem(key);
    }
  }
  return plans;
}

export type SaveOutcome = "saved" | "later" | "refused";

/**
 * Hands one kept plan back to the server. The record goes back exactly as it
 * arrived, because the server checks its signature. Kept for later when the
 * store or the network is still down; dropped when the server refuses it for good
 * (409: saved and edited or deleted since; 410: kept too long; 400/404: not this
 * server's or not this person's plan).
 */
export async function savePendingPlan(pending: PendingPlan): Promise<SaveOutcome> {
  let response: Response;
  try {
    response = await authorizedFetch("/api/plans/import", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(pending),
    });
  } catch {
    return "later";
  }
  if (response.ok) {
    localStorage.removeItem(`${PREFIX}${pending.record.id}`);
    return "saved";
  }
  if (response.status >= 500 || response.status === 429 || response.status === 401) return "later";
  localStorage.removeItem(`${PREFIX}${pending.record.id}`);
  return "refused";
}
