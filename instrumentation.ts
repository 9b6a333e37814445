export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // Sentry first, so it is ready before the app does anything.
    await import("./sentry.server.config");
    const { onNodeServerStart } = await import("./lib/server-start");
    await onNodeServerStart();
  }
  if (process.env.NEXT_RUNTIME === "edge") {
    await import("./sentry.edge.config");
  }
}

export { onRequestError } from "./lib/sentry/request-error";
