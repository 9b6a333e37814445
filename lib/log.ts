import "server-only";

type Level = "debug" | "info" | "warn" | "error";
const SEVERITY: Record<Level, string> = { debug: "DEBUG", info: "INFO", warn: "WARNING", error: "ERROR" };
const RANK: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function threshold(): number {
  const level = process.env.LOG_LEVEL as Level | undefined;
  return RANK[level && level in RANK ? level : "info"];
}

/**
 * Structured logs: one JSON object per line on stdout, with Cloud Logging's
 * `severity`, so App Hosting indexes them. Callers pass ids and measurements,
 * never business descriptions, plan text, tokens or cookies.
 */
function write(level: Level, event: string, fields: Record<string, unknown> = {}): void {
  if (RANK[level] < threshold()) return;
  const line = JSON.stringify({ severity: SEVERITY[level], time: new Date().toISOString(), event, ...fields });
  if (level === "error") process.stderr.write(`${line}\n`);
  else process.stdout.write(`${line}\n`);
}

export const log = {
  debug: (event: string, fields?: Record<string, unknown>) => write("debug", event, fields),
  info: (event: string, fields?: Record<string, unknown>) => write("info", event, fields),
  warn: (event: string, fields?: Record<string, unknown>) => write("warn", event, fields),
  error: (event: string, fields?: Record<string, unknown>) => write("error", event, fields),
};
