import "server-only";
import { type Channel, ChannelSchema } from "@/lib/alerts/rule-types";
import type { Env } from "@/lib/env";
import type { AlertSeverity } from "@/lib/store/types";
import { emailNotifier } from "./email";
import type { Notifier } from "./notification";
import { pagerDutyNotifier } from "./pagerduty";
import { slackNotifier } from "./slack";
import { webhookNotifier } from "./webhook";

/** Which notifiers exist (configured) and which channels each severity may use. */
export interface NotifySettings {
  notifiers: Notifier[];
  routes: Record<AlertSeverity, Channel[]>;
}

function channelList(value: string, variable: string): Channel[] {
  const names = value
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  return names.map((name) => {
    const parsed = ChannelSchema.safeParse(name);
    if (!parsed.success) throw new Error(`${variable}: "${name}" is not a channel (pagerduty, sms, slack, email, webhook)`);
    return parsed.data;
  });
}

/** Notifiers for every channel the environment configures; routes from ALERT_ROUTE_CRITICAL and ALERT_ROUTE_WARNING. */
export function notifySettingsFromEnv(env: Env): NotifySettings {
  const notifiers: Notifier[] = [];
  if (env.PAGERDUTY_ROUTING_KEY) notifiers.push(pagerDutyNotifier(env.PAGERDUTY_ROUTING_KEY, env.PAGERDUTY_EVENTS_URL));
  if (env.ALERT_SLACK_WEBHOOK_URL) notifiers.push(slackNotifier(env.ALERT_SLACK_WEBHOOK_URL));
  const to = (env.ALERT_EMAIL_TO ?? "")
    .split(",")
    .map((address) => address.trim())
    .filter(Boolean);
  if (env.SMTP_URL && to.length > 0) notifiers.push(emailNotifier({ smtpUrl: env.SMTP_URL, from: env.ALERT_EMAIL_FROM, to }));
  if (env.ALERT_WEBHOOK_URL) notifiers.push(webhookNotifier(env.ALERT_WEBHOOK_URL));
  return {
    notifiers,
    routes: {
      critical: channelList(env.ALERT_ROUTE_CRITICAL, "ALERT_ROUTE_CRITICAL"),
      warning: channelList(env.ALERT_ROUTE_WARNING, "ALERT_ROUTE_WARNING"),
    },
  };
}

/**
 * The notifiers one alert goes to: the rule's own list (the manual's) plus the
 * generic webhook, which hears every alert, narrowed to what its severity may
 * use. "sms" is delivered by PagerDuty's notification rules, so it means PagerDuty here.
 */
export function notifiersFor(settings: NotifySettings, severity: AlertSeverity, ruleChannels: readonly Channel[]): Notifier[] {
  const allowed = new Set(settings.routes[severity]);
  const wanted = new Set<Channel>(
    [...ruleChannels, "webhook" as const]
      .filter((channel) => allowed.has(channel))
      .map((channel) => (channel === "sms" ? "pagerduty" : channel)),
  );
  return settings.notifiers.filter((notifier) => wanted.has(notifier.channel));
}
