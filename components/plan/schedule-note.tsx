/** When the plan starts, and that its dates are working days (from the server, which knows the holidays). */
export function ScheduleNote({
  start,
  country,
  milestones,
}: {
  start: string;
  country?: string;
  milestones: [string, string][];
}) {
  return (
    <div className="mt-3 text-sm" data-testid="schedule-note">
      <p className="muted">
        Day 1 is <time dateTime={start}>{start}</time>. Dates fall on working days: weekends
        {country ? ` and ${country} public holidays` : ""} are skipped.
      </p>
      {milestones.length > 0 ? (
        <ul className="mt-1 space-y-0.5">
          {milestones.map(([title, date]) => (
            <li key={`${title}-${date}`}>
              <time dateTime={date} className="tabular-nums">
                {date}
              </time>
              : {title}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
