import "server-only";
import { isIP } from "node:net";

/**
 * The client's address from X-Forwarded-For, counted `hops` entries from the
 * right. Each proxy appends the address it saw, so the rightmost entries are
 * written by our own infrastructure and the leftmost by whoever sent the
 * request: App Hosting's front end appends the client's address (hops 1), and
 * `next start` sets the socket's address when no proxy sent the header. Null
 * when the header is missing, too short or not an address, or hops is 0.
 */
export function clientIp(request: Request, hops: number): string | null {
  if (hops < 1) return null;
  const entries = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const entry = entries[entries.length - hops];
  if (!entry) return null;
  // IPv4-mapped IPv6 (::ffff:1.2.3.4) is the same client as 1.2.3.4.
  const address = entry.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return isIP(address) ? address.toLowerCase() : null;
}
