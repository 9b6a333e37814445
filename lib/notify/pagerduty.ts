import { type AlertNotification, headline, type Notifier } from "./notification";
import { postJson } from "./post-json";

const SOURCE = "marketplanai";

/**
 * A PagerDuty Events API v2 event. Trigger, acknowledge and resolve share the
 * alert's dedup key, so PagerDuty keeps one incident per alert episode.
 */
export function pagerDutyEvent(notification: AlertNotification, routingKey: string) {
  const base = {
    routing_key: routingKey,
    event_action: notification.action,
    dedup_key: `${SOURCE}:${notification.dedupKey}`.slice(0, 255),
  };
  if (notification.action !== "trigger") return base;
  return {
    ...base,
    payload: {
      summary: `${headline(notification)}: ${notification.summary}`.slice(0, 1024),
      source: SOURCE,
      severity: notification.severity,
      timestamp: notification.firedAt,
      component: notification.components.join(","),
      group: notification.ruleId,
      class: notification.details.metric ?? notification.details.slo ?? "alert",
      custom_details: { ...notification.details, value: notification.value, responseMinutes: notification.responseMinutes },
    },
    client: "MarketPlanAI alerts",
    ...(notification.link
      ? { client_url: notification.link, links: [{ href: notification.link, text: "Operations dashboard" }] }
      : {}),
  };
}

/** PagerDuty Events API v2: 202 when the event is queued. */
export function pagerDutyNotifier(routingKey: string, eventsUrl: string): Notifier {
  return {
    channel: "pagerduty",
    send: (notification) => postJson(eventsUrl, pagerDutyEvent(notification, routingKey), (status) => status === 202),
  };
}
