import type { AlertNotification, Notifier } from "./notification";
import { postJson } from "./post-json";

/** The generic webhook's body: a versioned envelope around the notification. */
export function webhookBody(notification: AlertNotification) {
  return { version: 1, source: "marketplanai", type: `alert.${notification.action}`, alert: notification };
}

/** Any 2xx is taken as delivered. */
export function webhookNotifier(url: string): Notifier {
  return {
    channel: "webhook",
    send: (notification) => postJson(url, webhookBody(notification), (status) => status >= 200 && status < 300),
  };
}
