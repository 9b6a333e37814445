"use client";

import { useEffect } from "react";
import { startFirebasePerformance } from "@/lib/auth/client/firebase-performance";

type Vital = { name: string; value: number };

/**
 * Sends this page view's Core Web Vitals (LCP, INP, CLS) to /api/vitals with
 * sendBeacon when the page is hidden. The web-vitals library loads after the
 * page, in its own chunk, so it adds nothing to the first load. In Firebase mode
 * Firebase Performance Monitoring starts here too, loaded the same way.
 */
export function VitalsReporter() {
  useEffect(() => {
    const queue: Vital[] = [];
    const flush = () => {
      if (queue.length === 0) return;
      const body = JSON.stringify({ metrics: queue.splice(0, queue.length) });
      if (!navigator.sendBeacon?.("/api/vitals", new Blob([body], { type: "application/json" }))) {
        fetch("/api/vitals", { method: "POST", body, headers: { "content-type": "application/json" }, keepalive: true }).catch(
          () => undefined,
        );
      }
    };
    const add = ({ name, value }: Vital) => queue.push({ name, value });
    const onHidden = () => {
      if (document.visibilityState === "hidden") flush();
    };
    document.addEventListener("visibilitychange", onHidden);
    window.addEventListener("pagehide", flush);
    import("web-vitals")
      .then(({ onCLS, onINP, onLCP }) => {
        onLCP(add);
        onINP(add);
        onCLS(add);
      })
      .catch(() => undefined);
    void startFirebasePerformance();
    return () => {
      document.removeEventListener("visibilitychange", onHidden);
      window.removeEventListener("pagehide", flush);
    };
  }, []);
  return null;
}
