import { DAY_MS } from "./args";

/** Left-aligned columns separated by two spaces; the header row first. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}

/** `2025-01-31 (100 days ago)`. */
export function dayAndAge(iso: string, now: Date): string {
  const days = Math.floor((now.getTime() - Date.parse(iso)) / DAY_MS);
  return `${iso.slice(0, 10)} (${days} days ago)`;
}

/** An error's message, with its cause's when that adds something (store errors wrap the SDK's). */
export function errorMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message.split("\n")[0] : undefined;
  return cause && cause !== error.message ? `${error.message} (${cause})` : error.message;
}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
