import { type HttpReceiver, startHttpReceiver } from "./http-receiver";
import { type SmtpReceiver, startSmtpReceiver } from "./smtp-receiver";

export type { HttpReceiver, ReceivedRequest } from "./http-receiver";
export type { ReceivedMail, SmtpReceiver } from "./smtp-receiver";

export interface AlertReceivers {
  slack: HttpReceiver;
  pagerduty: HttpReceiver;
  webhook: HttpReceiver;
  smtp: SmtpReceiver;
  /** The environment that points the app's notifiers at these receivers. */
  env: Record<string, string>;
  close(): Promise<void>;
}

export const TEST_ROUTING_KEY = "R0UTINGKEY0000000000000000000000";
export const TEST_EMAIL_TO = ["oncall@example.com", "sre@example.com"];

/** Slack, PagerDuty, webhook and SMTP receivers on 127.0.0.1, with the env that routes alerts to them. */
export async function startAlertReceivers(): Promise<AlertReceivers> {
  const [slack, pagerduty, webhook, smtp] = await Promise.all([
    startHttpReceiver("slack"),
    startHttpReceiver("pagerduty"),
    startHttpReceiver("webhook"),
    startSmtpReceiver(),
  ]);
  return {
    slack,
    pagerduty,
    webhook,
    smtp,
    env: {
      ALERT_SLACK_WEBHOOK_URL: slack.url,
      PAGERDUTY_ROUTING_KEY: TEST_ROUTING_KEY,
      PAGERDUTY_EVENTS_URL: pagerduty.url,
      ALERT_WEBHOOK_URL: webhook.url,
      SMTP_URL: smtp.url,
      ALERT_EMAIL_TO: TEST_EMAIL_TO.join(","),
      ALERT_EMAIL_FROM: "MarketPlanAI alerts <alerts@marketplan.test>",
    },
    close: async () => {
      await Promise.all([slack.close(), pagerduty.close(), webhook.close(), smtp.close()]);
    },
  };
}
