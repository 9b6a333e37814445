import "server-only";
import { stopAlertEvaluator } from "@/lib/alerts/evaluator-loop";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { flushRollups, stopRollupFlusher } from "@/lib/metrics/rollups";
import { generationsInFlight, waitForGenerations } from "./in-flight";

/**
 * After the last generation returns, its final events are still on their way out
 * (the stream closes, then the socket is written): process.exit would cut them.
 */
const LAST_BYTES_MS = 500;
/** Longest wait for the last rollups to be written (and the evaluator lease handed back) once the generations are done. */
const FLUSH_TIMEOUT_MS = 3_000;
/** After the grace period, how long Next.js still gets to deliver the last responses and exit by itself. */
const NEXT_EXIT_WAIT_MS = 2_000;

const KEY = Symbol.for("marketplanai.shutdown");
type Holder = { [KEY]?: boolean };

/**
 * On SIGTERM (App Hosting sends it before stopping an instance) or SIGINT:
 * lets in-flight generations finish for up to SHUTDOWN_GRACE_MS, writes this
 * instance's rollups (the current minute's too), hands back the alert
 * evaluator's lease if it held it, then exits.
 *
 * `next start` and the standalone server handle these signals themselves: they
 * close the HTTP server and call process.exit(143), which can come while a plan
 * is still streaming. Their exit is held until the generations are done and the
 * rollups written, so both reach their destination whichever handler finishes first; with
 * NEXT_MANUAL_SIG_HANDLE set (Next.js leaves the signals alone) we exit ourselves.
 */
export function installGracefulShutdown(): void {
  const holder = globalThis as Holder;
  if (holder[KEY]) return;
  holder[KEY] = true;
  const begin = (signal: NodeJS.Signals) => {
    const realExit = process.exit.bind(process);
    let exitCode: number | undefined;
    let exitAsked = false;
    // Next.js asks to exit once its server is closed: hold that until we are done.
    process.exit = ((code?: number | string | null) => {
      if (!exitAsked) log.info("server.exit_held", { generationsInFlight: generationsInFlight() });
      exitAsked = true;
      exitCode = typeof code === "number" ? code : exitCode;
    }) as typeof process.exit;
    const started = Date.now();
    void drain(signal).finally(() => {
      const code = () => exitCode ?? (signal === "SIGTERM" ? 143 : 130);
      if (exitAsked || process.env.NEXT_MANUAL_SIG_HANDLE) return realExit(code());
      // Next.js is still sending the last responses (a finished plan's final events) and will exit
      // once its server has closed; if it has not by the end of the grace period, we go.
      process.exit = ((next?: number | string | null) =>
        realExit(typeof next === "number" ? next : code())) as typeof process.exit;
      const left = Math.max(0, started + getEnv().SHUTDOWN_GRACE_MS - Date.now());
      setTimeout(() => realExit(code()), left + NEXT_EXIT_WAIT_MS).unref();
    });
  };
  process.once("SIGTERM", begin);
  process.once("SIGINT", begin);
}

async function drain(signal: NodeJS.Signals): Promise<void> {
  const graceMs = getEnv().SHUTDOWN_GRACE_MS;
  const started = Date.now();
  log.info("server.shutdown", { signal, generationsInFlight: generationsInFlight(), graceMs });
  const finished = await waitForGenerations(graceMs);
  if (!finished) log.warn("server.shutdown_grace_expired", { generationsInFlight: generationsInFlight(), graceMs });
  else await new Promise((resolve) => setTimeout(resolve, LAST_BYTES_MS));
  stopRollupFlusher();
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.all([
      flushRollups({ includeCurrent: true }).catch((error: unknown) =>
        log.warn("metrics.rollup_flush_failed", { error: error instanceof Error ? error.message : String(error) }),
      ),
      stopAlertEvaluator(),
    ]),
    new Promise((resolve) => {
      timer = setTimeout(resolve, FLUSH_TIMEOUT_MS);
    }),
  ]);
  clearTimeout(timer);
  log.info("server.shutdown_done", { ms: Date.now() - started });
}
