import type { Metadata } from "next";
import { IncidentCard } from "@/components/status/incident-card";
import { MaintenanceList } from "@/components/status/maintenance-list";
import { COMPONENT_STATUS, formatUtc, INDICATOR_STYLE } from "@/components/status/status-words";
import { UptimeBars } from "@/components/status/uptime-bars";
import { getStatusPage } from "@/lib/status/status-page";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Status",
  description: "Whether MarketPlanAI is working, its uptime over 90 days, and its incidents.",
  alternates: {
    types: { "application/rss+xml": "/status/feed.rss", "application/atom+xml": "/status/feed.atom" },
  },
};

export default async function StatusPage() {
  const page = await getStatusPage();
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">MarketPlanAI status</h1>
        <p role="status" className={`rounded-lg border-l-4 px-4 py-3 text-lg font-semibold ${INDICATOR_STYLE[page.indicator]}`}>
          {page.description}
        </p>
        <p className="text-sm muted">
          Updated <time dateTime={page.updatedAt}>{formatUtc(page.updatedAt)}</time>
          {page.complete ? null : ". Some history could not be read just now; it returns on the next refresh"}.
        </p>
      </header>

      {page.activeIncidents.length > 0 ? (
        <section aria-labelledby="active-heading" className="space-y-3">
          <h2 id="active-heading" className="text-xl font-semibold">
            Active incidents
          </h2>
          {page.activeIncidents.map((incident) => (
            <IncidentCard key={incident.id} incident={incident} />
          ))}
        </section>
      ) : null}

      <section aria-labelledby="components-heading" className="space-y-3">
        <h2 id="components-heading" className="text-xl font-semibold">
          Components
        </h2>
        <ul className="card divide-y divide-slate-200 py-0 sm:py-0 dark:divide-slate-800">
          {page.components.map((component) => {
            const words = COMPONENT_STATUS[component.status];
            return (
              <li key={component.id} className="space-y-2 py-4">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h3 className="font-semibold">{component.name}</h3>
                  <span className={`inline-flex items-center gap-2 text-sm font-medium ${words.text}`}>
                    <span aria-hidden="true" className={`inline-block size-2.5 rounded-full ${words.dot}`} />
                    {words.label}
                  </span>
                </div>
                <UptimeBars name={component.name} uptime={component.uptime} />
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="maintenance-heading" className="space-y-3">
        <h2 id="maintenance-heading" className="text-xl font-semibold">
          Scheduled maintenance
        </h2>
        <MaintenanceList maintenance={page.maintenance} />
      </section>

      <section aria-labelledby="past-heading" className="space-y-3">
        <h2 id="past-heading" className="text-xl font-semibold">
          Past incidents (90 days)
        </h2>
        {page.pastIncidents.length === 0 ? (
          <p className="muted">No incidents in the last 90 days.</p>
        ) : (
          page.pastIncidents.map((incident) => <IncidentCard key={incident.id} incident={incident} />)
        )}
      </section>

      <section aria-labelledby="subscribe-heading" className="space-y-2">
        <h2 id="subscribe-heading" className="text-xl font-semibold">
          Follow incidents
        </h2>
        <ul className="flex flex-wrap gap-3">
          <li>
            <a className="btn-secondary" href="/status/feed.rss">
              RSS feed
            </a>
          </li>
          <li>
            <a className="btn-secondary" href="/status/feed.atom">
              Atom feed
            </a>
          </li>
          <li>
            <a className="btn-secondary" href="/status/badge.svg">
              Status badge (SVG)
            </a>
          </li>
        </ul>
      </section>
    </div>
  );
}
