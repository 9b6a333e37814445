import "server-only";
import { QUOTA_KEY } from "@/ai/model-choice";
import type { Env } from "@/lib/env";
import { type NotifySettings, notifySettingsFromEnv } from "@/lib/notify/routing";
import type { SloConfig } from "@/lib/slo/slo-config";
import { sloConfigFromEnv } from "@/lib/slo/slo-settings";
import type { AlertRule } from "./rule-types";
import { ALERT_RULES } from "./rules";

/** Everything an evaluation needs besides the store and the clock. */
export interface AlertSettings {
  rules: readonly AlertRule[];
  slos: SloConfig;
  notify: NotifySettings;
  renotifyMs: number;
  incidentOnResolve: "monitoring" | "resolved";
  quota: { key: string; perMinute: number; perDay: number };
  /** Where alert links point (the operations dashboard), when PUBLIC_BASE_URL is set. */
  link: string | null;
}

export function alertSettingsFromEnv(env: Env): AlertSettings {
  return {
    rules: ALERT_RULES,
    slos: sloConfigFromEnv(env),
    notify: notifySettingsFromEnv(env),
    renotifyMs: env.ALERT_RENOTIFY_MINUTES * 60_000,
    incidentOnResolve: env.ALERT_INCIDENT_ON_RESOLVE,
    quota: { key: QUOTA_KEY, perMinute: env.AI_QUOTA_PER_MINUTE, perDay: env.AI_QUOTA_PER_DAY },
    link: env.PUBLIC_BASE_URL ? new URL("/ops", env.PUBLIC_BASE_URL).toString() : null,
  };
}
