import type net from "node:net";
import { SMTPServer } from "smtp-server";
import { Arrivals } from "./arrivals";

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The message as sent (headers and body). */
  raw: string;
  subject: string;
  /** The plain-text body, quoted-printable decoded. */
  text: string;
}

export interface SmtpReceiver {
  /** `smtp://user:password@127.0.0.1:PORT`, for SMTP_URL. */
  url: string;
  mails: ReceivedMail[];
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Resolves once `count` mails that `match` have arrived, with those (other mail may come in between). */
  waitForMatch(match: (mail: ReceivedMail) => boolean, count?: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

function parse(raw: string, from: string, to: string[]): ReceivedMail {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = raw.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, "im").exec(head)?.[1]?.trim() ?? "";
  const quoted = /quoted-printable/i.test(header("Content-Transfer-Encoding"));
  return {
    from,
    to,
    raw,
    subject: header("Subject"),
    text: (quoted ? decodeQuotedPrintable(body) : body).replace(/\r\n/g, "\n"),
  };
}

/**
 * A real SMTP server (smtp-server) on 127.0.0.1 that accepts any login and
 * keeps every message nodemailer delivers. STARTTLS is off: the test talks plain SMTP.
 */
export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const arrivals = new Arrivals<ReceivedMail>("smtp receiver");
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    logger: false,
    onAuth: (_auth, _session, callback) => callback(null, { user: "alerts" }),
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
        arrivals.add(
          parse(
            Buffer.concat(chunks).toString("utf8"),
            from,
            session.envelope.rcptTo.map((r) => r.address),
          ),
        );
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as net.AddressInfo;
  return {
    url: `smtp://alerts:smtp-secret-password@127.0.0.1:${port}`,
    mails: arrivals.items,
    waitFor: (count, timeoutMs) => arrivals.waitFor(count, timeoutMs),
    waitForMatch: (match, count, timeoutMs) => arrivals.waitForMatch(match, count, timeoutMs),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
