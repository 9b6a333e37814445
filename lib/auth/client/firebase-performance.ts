import { clientAuthSettings, loadFirebaseApp } from "./firebase-client";

let started: Promise<boolean> | null = null;

/**
 * Starts Firebase Performance Monitoring once per page in Firebase mode when the web app is
 * registered (the manual's real-user performance in the Firebase console: page load, network
 * requests). Resolves false when it is off or could not load; monitoring never breaks the page.
 */
export function startFirebasePerformance(): Promise<boolean> {
  const config = clientAuthSettings().firebase;
  if (!config?.performance) return Promise.resolve(false);
  if (!started) {
    started = Promise.all([loadFirebaseApp(), import("firebase/performance")])
      .then(([app, { getPerformance }]) => {
        getPerformance(app);
        return true;
      })
      .catch(() => false);
  }
  return started;
}
