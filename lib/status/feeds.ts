import type { PublicIncident } from "./public-incidents";

/**
 * RSS 2.0 and Atom 1.0 feeds of the status page's incidents (active and the
 * last 90 days), one entry per incident, its public timeline as the content.
 * Built from public views only: nothing internal can reach a feed reader.
 */

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
export const escapeXml = (text: string) =>
  text
    // Characters XML 1.0 forbids would make the whole feed unreadable.
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const STATUS_WORDS: Record<PublicIncident["status"], string> = {
  investigating: "Investigating",
  identified: "Identified",
  monitoring: "Monitoring",
  resolved: "Resolved",
};

export interface FeedSite {
  /** Public origin, e.g. https://marketplan.example (no trailing slash). */
  origin: string;
  title: string;
  updatedAt: string;
}

const incidentUrl = (site: FeedSite, incident: PublicIncident) => `${site.origin}/status#incident-${incident.id}`;
const lastChange = (incident: PublicIncident) => incident.updates[0]?.at ?? incident.startedAt;

function timelineText(incident: PublicIncident): string {
  return incident.updates.map((u) => `${STATUS_WORDS[u.status]} (${u.at}): ${u.body}`).join("\n\n");
}

function entryTitle(incident: PublicIncident): string {
  const severity = incident.severity ? `[${incident.severity}] ` : "";
  return `${severity}${incident.title} (${STATUS_WORDS[incident.status]})`;
}

const byLastChange = (incidents: readonly PublicIncident[]) =>
  [...incidents].sort((a, b) => Date.parse(lastChange(b)) - Date.parse(lastChange(a)));

export function renderRss(site: FeedSite, incidents: readonly PublicIncident[]): string {
  const items = byLastChange(incidents).map(
    (incident) => `    <item>
      <title>${escapeXml(entryTitle(incident))}</title>
      <link>${escapeXml(incidentUrl(site, incident))}</link>
      <guid isPermaLink="false">${escapeXml(`incident-${incident.id}`)}</guid>
      <pubDate>${new Date(lastChange(incident)).toUTCString()}</pubDate>
      <description>${escapeXml(timelineText(incident))}</description>
    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(site.title)}</title>
    <link>${escapeXml(`${site.origin}/status`)}</link>
    <atom:link href="${escapeXml(`${site.origin}/status/feed.rss`)}" rel="self" type="application/rss+xml"/>
    <description>Incidents and their updates</description>
    <lastBuildDate>${new Date(site.updatedAt).toUTCString()}</lastBuildDate>
${items.join("\n")}
  </channel>
</rss>
`;
}

export function renderAtom(site: FeedSite, incidents: readonly PublicIncident[]): string {
  const sorted = byLastChange(incidents);
  const entries = sorted.map(
    (incident) => `  <entry>
    <id>${escapeXml(`${site.origin}/status#incident-${incident.id}`)}</id>
    <title>${escapeXml(entryTitle(incident))}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(incidentUrl(site, incident))}"/>
    <published>${incident.startedAt}</published>
    <updated>${lastChange(incident)}</updated>
    <content type="text">${escapeXml(timelineText(incident))}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(`${site.origin}/status`)}</id>
  <title>${escapeXml(site.title)}</title>
  <link rel="alternate" type="text/html" href="${escapeXml(`${site.origin}/status`)}"/>
  <link rel="self" type="application/atom+xml" href="${escapeXml(`${site.origin}/status/feed.atom`)}"/>
  <author><name>${escapeXml(site.title)}</name></author>
  <updated>${sorted[0] ? lastChange(sorted[0]) : site.updatedAt}</updated>
${entries.join("\n")}
</feed>
`;
}
