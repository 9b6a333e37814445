import { type AlertNotification, headline, type Notifier } from "./notification";
import { postJson } from "./post-json";

const EMOJI = {
  trigger: { critical: ":rotating_light:", warning: ":warning:" },
  resolve: ":white_check_mark:",
  acknowledge: ":eyes:",
};

/** Slack's Block Kit message, with `text` as the fallback notifications and old clients show. */
export function slackMessage(notification: AlertNotification) {
  const emoji = notification.action === "trigger" ? EMOJI.trigger[notification.severity] : EMOJI[notification.action];
  const title = `${emoji} ${headline(notification)}`;
  const fields = [
    `*Severity*\n${notification.severity}`,
    `*Started*\n${notification.firedAt}`,
    ...(notification.resolvedAt ? [`*Resolved*\n${notification.resolvedAt}`] : []),
    ...(notification.responseMinutes ? [`*Respond within*\n${notification.responseMinutes} min`] : []),
    ...(notification.incidentId ? [`*Incident*\n${notification.incidentId}`] : []),
  ];
  return {
    text: `${title}: ${notification.summary}`,
    blocks: [
      { type: "header", text: { type: "plain_text", text: headline(notification).slice(0, 150), emoji: true } },
      { type: "section", text: { type: "mrkdwn", text: notification.summary } },
      { type: "section", fields: fields.map((text) => ({ type: "mrkdwn", text })) },
      {
        type: "context",
        elements: [
          {
            type: "mrkdwn",
            text: `dedup key \`${notification.dedupKey}\`${notification.link ? ` · <${notification.link}|operations dashboard>` : ""}`,
          },
        ],
      },
    ],
  };
}

/** Slack incoming webhook: success is 200 with the body `ok`. */
export function slackNotifier(webhookUrl: string): Notifier {
  return {
    channel: "slack",
    send: (notification) =>
      postJson(webhookUrl, slackMessage(notification), (status, text) => status === 200 && text.trim() === "ok"),
  };
}
