import "server-only";
import { log } from "@/lib/log";
import { type AlertNotification, DeliveryError, type Notifier } from "./notification";
import { DEFAULT_RETRY, type RetryPolicy, withRetry } from "./retry";

export interface DeliveryResult {
  channel: Notifier["channel"];
  delivered: boolean;
  attempts: number;
}

/**
 * Sends one notification through every notifier at once, each retried with
 * backoff; a failure is logged (channel, status, attempt: never a URL or key)
 * and never stops the others or the caller.
 */
export async function dispatch(
  notification: AlertNotification,
  notifiers: readonly Notifier[],
  retry: RetryPolicy = DEFAULT_RETRY,
): Promise<DeliveryResult[]> {
  return Promise.all(
    notifiers.map(async (notifier): Promise<DeliveryResult> => {
      let attempts = 0;
      try {
        await withRetry(
          () => {
            attempts++;
            return notifier.send(notification);
          },
          retry,
          (error, attempt) =>
            log.warn("alerts.notify_failed", {
              channel: notifier.channel,
              dedupKey: notification.dedupKey,
              action: notification.action,
              attempt,
              status: error instanceof DeliveryError ? error.status : null,
              error: error instanceof DeliveryError ? error.message : "unexpected error",
            }),
        );
        log.info("alerts.notified", { channel: notifier.channel, dedupKey: notification.dedupKey, action: notification.action });
        return { channel: notifier.channel, delivered: true, attempts };
      } catch {
        log.error("alerts.notify_gave_up", { channel: notifier.channel, dedupKey: notification.dedupKey, attempts });
        return { channel: notifier.channel, delivered: false, attempts };
      }
    }),
  );
}
