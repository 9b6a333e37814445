import type { Channel } from "@/lib/alerts/rule-types";
import type { AlertSeverity, StatusComponent } from "@/lib/store/types";

/** One message about one alert, as every notifier receives it. */
export interface AlertNotification {
  /** trigger: it fires (or fires still, when `repeat` > 1); resolve: it is over; acknowledge: someone is on it. */
  action: "trigger" | "resolve" | "acknowledge";
  dedupKey: string;
  ruleId: string;
  name: string;
  severity: AlertSeverity;
  summary: string;
  value: number | null;
  firedAt: string;
  resolvedAt: string | null;
  /** When this message was made. */
  at: string;
  /** The manual's response time in minutes, when it names one. */
  responseMinutes: number | null;
  components: StatusComponent[];
  /** 1 for the first trigger, then 2, 3… for reminders. */
  repeat: number;
  incidentId: string | null;
  details: Record<string, unknown>;
  /** The operations dashboard, when PUBLIC_BASE_URL is set. */
  link: string | null;
}

/** `[CRITICAL] AI Service Failure` / `[RESOLVED] …` */
export function headline(notification: AlertNotification): string {
  const tag =
    notification.action === "resolve"
      ? "RESOLVED"
      : notification.action === "acknowledge"
        ? "ACKNOWLEDGED"
        : notification.severity.toUpperCase();
  const reminder = notification.action === "trigger" && notification.repeat > 1 ? ` (reminder ${notification.repeat - 1})` : "";
  return `[${tag}] ${notification.name}${reminder}`;
}

/** A notifier: sends one notification, throws when the receiver did not take it. */
export interface Notifier {
  channel: Exclude<Channel, "sms">;
  send(notification: AlertNotification): Promise<void>;
}

/** Thrown when a receiver answers but refuses; the status is kept for the log, never the URL. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = "DeliveryError";
  }
}
