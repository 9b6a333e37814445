import "server-only";
import nodemailer from "nodemailer";
import { type AlertNotification, DeliveryError, headline, type Notifier } from "./notification";

/** Subject and plain-text body of an alert email. */
export function alertEmail(notification: AlertNotification) {
  const lines = [
    notification.summary,
    "",
    `Severity: ${notification.severity}`,
    `Started: ${notification.firedAt}`,
    ...(notification.resolvedAt ? [`Resolved: ${notification.resolvedAt}`] : []),
    ...(notification.responseMinutes ? [`Respond within: ${notification.responseMinutes} minutes`] : []),
    ...(notification.incidentId ? [`Incident: ${notification.incidentId}`] : []),
    `Dedup key: ${notification.dedupKey}`,
    ...(notification.link ? [`Dashboard: ${notification.link}`] : []),
  ];
  return { subject: headline(notification), text: `${lines.join("\n")}\n` };
}

/** Email through SMTP (nodemailer) to the configured list. */
export function emailNotifier(options: { smtpUrl: string; from: string; to: string[] }): Notifier {
  const transport = nodemailer.createTransport({
    url: options.smtpUrl,
    connectionTimeout: 5_000,
    greetingTimeout: 5_000,
    socketTimeout: 10_000,
  });
  return {
    channel: "email",
    send: async (notification) => {
      try {
        await transport.sendMail({ from: options.from, to: options.to, ...alertEmail(notification) });
      } catch (error) {
        // nodemailer's messages can quote the server's reply, never the URL's password; keep only the code.
        const code = typeof error === "object" && error && "code" in error ? String(error.code) : "unknown";
        const status = typeof error === "object" && error && "responseCode" in error ? Number(error.responseCode) : null;
        throw new DeliveryError(`the SMTP server refused or was unreachable (${code})`, status);
      }
    },
  };
}
