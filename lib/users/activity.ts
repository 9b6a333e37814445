import "server-only";
import { log } from "@/lib/log";
import { getStore } from "@/lib/store";

/** How often one instance records the same user's activity: enough for daily activity and the 90-day clean-up. */
const TOUCH_EVERY_MS = 5 * 60_000;
const MAX_REMEMBERED = 10_000;
const lastTouched = new Map<string, number>();

/**
 * Records that a user was active now (creating the user on first sight), at
 * most once every few minutes per user and instance, so a busy user costs one
 * write, not one per request. Never fails the request: activity is bookkeeping.
 */
export async function recordActivity(
  user: { userId: string; kind: "anonymous" | "registered" },
  now = new Date(),
): Promise<void> {
  const last = lastTouched.get(user.userId);
  if (last !== undefined && now.getTime() - last < TOUCH_EVERY_MS) return;
  if (lastTouched.size >= MAX_REMEMBERED) lastTouched.clear();
  lastTouched.set(user.userId, now.getTime());
  try {
    await getStore().touchUser({ id: user.userId, kind: user.kind, at: now });
  } catch (error) {
    lastTouched.delete(user.userId);
    log.warn("user.activity_not_recorded", { error: error instanceof Error ? error.message.split("\n")[0] : String(error) });
  }
}

/** Tests that reuse user ids across fresh stores forget what was recorded. */
export function forgetActivityForTests(): void {
  lastTouched.clear();
}
