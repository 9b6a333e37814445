"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

type Indicator = "none" | "minor" | "major" | "critical";

const STYLE: Record<Exclude<Indicator, "none">, string> = {
  minor: "bg-yellow-100 text-yellow-950 dark:bg-yellow-950 dark:text-yellow-50",
  major: "bg-orange-100 text-orange-950 dark:bg-orange-950 dark:text-orange-50",
  critical: "bg-red-100 text-red-950 dark:bg-red-950 dark:text-red-50",
};

/**
 * The manual's in-app notice: while the service is not fully operational, a
 * line at the top of every page links to /status. It asks after the page has
 * loaded (a small, browser-cached request), so no page waits for it.
 */
export function StatusBanner() {
  const pathname = usePathname();
  const [status, setStatus] = useState<{ indicator: Indicator; description: string } | null>(null);
  useEffect(() => {
    let live = true;
    fetch("/api/status/banner")
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { indicator: Indicator; description: string } | null) => {
        if (live && body) setStatus(body);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (!status || status.indicator === "none" || pathname.startsWith("/status")) return null;
  return (
    <div role="status" className={`px-4 py-2 text-center text-sm font-medium ${STYLE[status.indicator]}`}>
      {status.description}.{" "}
      <Link href="/status" className="underline underline-offset-2">
        See the status page
      </Link>
    </div>
  );
}
