import type { ComponentUptime, UptimeDay } from "@/lib/status/uptime-history";
import { formatPercent } from "./status-words";

type Band = "none" | "good" | "fair" | "poor" | "bad";

/** Colour band of a day's uptime; grey for a day without checks. */
function band(uptime: number | null): Band {
  if (uptime === null) return "none";
  if (uptime >= 99.9) return "good";
  if (uptime >= 99) return "fair";
  if (uptime >= 95) return "poor";
  return "bad";
}

const FILL: Record<Band, string> = {
  none: "fill-slate-300 dark:fill-slate-700",
  good: "fill-green-600 dark:fill-green-500",
  fair: "fill-yellow-500",
  poor: "fill-orange-500",
  bad: "fill-red-600 dark:fill-red-500",
};

const BAR = 3;
const STEP = 4;

/**
 * One bar per UTC day, oldest on the left. Bars of one colour are one path
 * (the page renders 270 of them, so it stays small and fast under load); days
 * that lost checks also carry a hover title with their figures.
 */
export function UptimeBars({ name, uptime }: { name: string; uptime: ComponentUptime }) {
  const count = uptime.days.length;
  const paths = new Map<Band, string>();
  uptime.days.forEach((day, i) => {
    const key = band(day.uptime);
    paths.set(key, `${paths.get(key) ?? ""}M${i * STEP} 0h${BAR}v24h-${BAR}z`);
  });
  const lossy = uptime.days.map((day, i) => [day, i] as const).filter(([day]) => day.uptime !== null && day.uptime < 100);
  const summary = `${name}: ${formatPercent(uptime.uptime)} uptime over the last ${count} days`;
  return (
    <div>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${Math.max(count * STEP - 1, 1)} 24`}
        preserveAspectRatio="none"
        className="block h-8 w-full"
      >
        {[...paths].map(([key, d]) => (
          <path key={key} d={d} className={FILL[key]} />
        ))}
        {lossy.map(([day, i]) => (
          <rect key={day.day} x={i * STEP} width={BAR} height={24} fill="transparent">
            <title>{dayTitle(day)}</title>
          </rect>
        ))}
      </svg>
      <div className="mt-1 flex justify-between text-xs muted" aria-hidden="true">
        <span>{count} days ago</span>
        <span>{uptime.uptime === null ? "No checks yet" : `${formatPercent(uptime.uptime)} uptime`}</span>
        <span>Today</span>
      </div>
    </div>
  );
}

const dayTitle = (day: UptimeDay) => `${day.day}: ${formatPercent(day.uptime, 3)} of ${day.checks} checks passed`;
