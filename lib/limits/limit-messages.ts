import type { QuotaWindow } from "@/lib/store/types";

/** Which allowance a refusal spent: the caller's own, or its network address's. */
export type LimitedBy = "person" | "network";

/** A wait in words a person reads at a glance: "42 seconds", "about 3 hours". */
export function waitInWords(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return `about ${minutes} minutes`;
  const hours = Math.round(seconds / 3600);
  return `about ${hours} hour${hours === 1 ? "" : "s"}`;
}

/** Why a plan or section rewrite was refused, and when to come back, in a marketer's words. */
export function refusalMessage(args: { by: LimitedBy; window: QuotaWindow; limit: number; retryAfterSeconds: number }): string {
  const wait = waitInWords(args.retryAfterSeconds);
  const what = `${args.limit} plan${args.limit === 1 ? "" : "s"} and section rewrites`;
  if (args.by === "person") {
    return args.window === "minute"
      ? `You have asked for ${what} in the last minute, the most we allow. Your details are still here: try again in ${wait}.`
      : `You have used today's allowance of ${what}. It renews at midnight UTC, in ${wait}.`;
  }
  return args.window === "minute"
    ? `Many plans were requested from your network (office or Wi-Fi) in the last minute. Try again in ${wait}.`
    : `Your network (office or Wi-Fi) has used today's allowance of ${what}. It renews at midnight UTC, in ${wait}.`;
}
