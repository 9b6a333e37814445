import type { PlanRecord } from "@/lib/plans/schema";

export type QuotaWindow = "minute" | "day";

export interface QuotaLimit {
  window: QuotaWindow;
  limit: number;
}

export type QuotaDecision =
  | { allowed: true; used: Record<QuotaWindow, number> }
  | { allowed: false; exhausted: QuotaWindow; retryAfterMs: number };

/**
 * Everything the app persists goes through this interface; SQLite (local) and
 * Firestore (production) implement it and one contract suite tests both.
 * State that must hold across instances (quota, rollups, alert state) lives
 * here, never only in a process's memory.
 */
export interface Store {
  readonly kind: "sqlite" | "firestore";
  createPlan(args: { record: PlanRecord }): Promise<void>;
  getPlanById(args: { id: string }): Promise<PlanRecord | null>;
  /** Plans created at or after `since` (all plans without it). */
  countPlans(args?: { since?: Date }): Promise<number>;
  /**
   * Takes one unit from every window of `key` atomically, or none if any window
   * is exhausted. Windows are calendar minutes and days in UTC.
   */
  consumeQuota(args: { key: string; limits: readonly QuotaLimit[]; now?: Date }): Promise<QuotaDecision>;
  /** Cheap round trip that fails when the store is unreachable. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
