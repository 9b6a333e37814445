import type { Incident } from "@/lib/store/types";
import { communicationOf, formatUtc, severityLabel, templateFields } from "./communication";
import { LABELS, PHRASES, SEVERITY_MARKS, STATUS_WORDS } from "./template-words";

/** Slack's mrkdwn treats these three as control characters. */
const escapeSlack = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export interface SlackMessage {
  /** The fallback Slack shows in notifications and where blocks cannot be drawn. */
  text: string;
  blocks: Record<string, unknown>[];
}

/** The incident for the internal Slack channel: Block Kit with a text fallback, every update counted. */
export function renderSlack(incident: Incident, options: { link?: string } = {}): SlackMessage {
  const message = communicationOf(incident, "internal");
  const heading = `${message.severity} ${STATUS_WORDS[message.status]}: ${message.title}`;
  const fields = templateFields(message);
  const text = [heading, ...fields.map(([label, value]) => `${label}: ${value}`), `${LABELS.update}: ${message.body}`].join("\n");
  const context = `${LABELS.incident} ${message.id} · ${formatUtc(message.updatedAt)}${options.link ? ` · <${options.link}|details>` : ""}`;
  return {
    text,
    blocks: [
      { type: "header", text: { type: "plain_text", text: heading.slice(0, 150), emoji: true } },
      {
        type: "section",
        fields: fields.map(([label, value]) => ({ type: "mrkdwn", text: `*${label}*\n${escapeSlack(value)}` })),
      },
      {
        type: "section",
        text: { type: "mrkdwn", text: `${SEVERITY_MARKS[message.severity]} *${LABELS.update}*\n${escapeSlack(message.body)}` },
      },
      { type: "context", elements: [{ type: "mrkdwn", text: context }] },
    ],
  };
}

export interface StatusPageEntry {
  id: string;
  name: string;
  status: Incident["status"];
  impact: Incident["impact"];
  /** The public text: the latest public update with what users notice and when the next update comes. */
  body: string;
  components: string[];
  updated_at: string;
}

/** The incident for the public status page, in Statuspage's vocabulary: public updates only, no author, no severity. */
export function renderStatusPage(incident: Incident): StatusPageEntry {
  const message = communicationOf(incident, "public");
  const body = [message.body, `${LABELS.impact}: ${message.impact}`, `${LABELS.nextUpdate}: ${message.nextUpdate}`].join("\n\n");
  return {
    id: message.id,
    name: message.title,
    status: message.status,
    impact: incident.impact,
    body,
    components: message.components,
    updated_at: message.updatedAt,
  };
}

export interface EmailMessage {
  subject: string;
  text: string;
}

/** The incident as a plain-text email for the manual's lists: public updates only, the timeline of them below. */
export function renderEmail(incident: Incident, options: { link?: string } = {}): EmailMessage {
  const message = communicationOf(incident, "public");
  const width = Math.max(...templateFields(message).map(([label]) => label.length));
  const history = incident.updates
    .filter((update) => update.public)
    .map((update) => `  ${formatUtc(update.createdAt)}  ${STATUS_WORDS[update.status]}: ${update.body}`);
  const lines = [
    `${message.title}`,
    "",
    ...templateFields(message).map(([label, value]) => `${`${label}:`.padEnd(width + 2)}${value}`),
    "",
    `${LABELS.update}:`,
    message.body,
    "",
    "History:",
    ...history,
    ...(options.link ? ["", options.link] : []),
    "",
    "--",
    PHRASES.emailFooter,
  ];
  return {
    subject: PHRASES.emailSubject(severityLabel(message.severity), STATUS_WORDS[message.status], message.title),
    text: `${lines.join("\n")}\n`,
  };
}
