import { escapeXml } from "./feeds";
import type { Indicator } from "./status";

/** Label, message and colour of the status badge per page indicator (colours pass 4.5:1 with white text). */
const BADGE: Record<Indicator, { message: string; color: string }> = {
  none: { message: "operational", color: "#15803d" },
  minor: { message: "degraded", color: "#a16207" },
  major: { message: "partial outage", color: "#c2410c" },
  critical: { message: "major outage", color: "#b91c1c" },
};

/** Rough width of text in 11 px Verdana-like type, enough to size the badge. */
const textWidth = (text: string) => Math.round(text.length * 6.6 + 10);

/** A flat two-part SVG badge: "status | operational". */
export function renderBadge(indicator: Indicator, label = "status"): string {
  const { message, color } = BADGE[indicator];
  const left = textWidth(label);
  const right = textWidth(message);
  const width = left + right;
  const title = `${label}: ${message}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${escapeXml(title)}">
  <title>${escapeXml(title)}</title>
  <rect width="${left}" height="20" fill="#334155"/>
  <rect x="${left}" width="${right}" height="20" fill="${color}"/>
  <g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle">
    <text x="${left / 2}" y="14">${escapeXml(label)}</text>
    <text x="${left + right / 2}" y="14">${escapeXml(message)}</text>
  </g>
</svg>
`;
}
