import type { ComponentUptime } from "@/lib/status/uptime-history";
import { formatPercent } from "./status-words";

/** Bar colour for a day's uptime; grey for a day without checks. */
function dayColour(uptime: number | null): string {
  if (uptime === null) return "fill-slate-300 dark:fill-slate-700";
  if (uptime >= 99.9) return "fill-green-600 dark:fill-green-500";
  if (uptime >= 99) return "fill-yellow-500";
  if (uptime >= 95) return "fill-orange-500";
  return "fill-red-600 dark:fill-red-500";
}

const BAR = 3;
const GAP = 1;

/** One bar per UTC day, oldest on the left; each bar names its day and uptime on hover. */
export function UptimeBars({ name, uptime }: { name: string; uptime: ComponentUptime }) {
  const count = uptime.days.length;
  const width = count * (BAR + GAP) - GAP;
  const summary = `${name}: ${formatPercent(uptime.uptime)} uptime over the last ${count} days`;
  return (
    <div>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${Math.max(width, 1)} 24`}
        preserveAspectRatio="none"
        className="block h-8 w-full"
      >
        {uptime.days.map((day, i) => (
          <rect key={day.day} x={i * (BAR + GAP)} y={0} width={BAR} height={24} rx={0.6} className={dayColour(day.uptime)}>
            <title>{`${day.day}: ${day.uptime === null ? "no checks" : `${formatPercent(day.uptime, 3)} of ${day.checks} checks passed`}`}</title>
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
