import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "./command";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** node:util parseArgs, strict, no positionals; its complaints become usage errors (exit 2). */
export function parseOptions<T extends Options>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      throw new UsageError(error.message);
    }
    throw error;
  }
}

/** As parseOptions, with up to `max` positional arguments (an incident id). */
export function parseWithPositionals<T extends Options>(argv: string[], options: T, max: number) {
  try {
    const parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: true });
    if (parsed.positionals.length > max)
      throw new UsageError(`unexpected argument "${parsed.positionals[max]}" (options start with --).`);
    return parsed;
  } catch (error) {
    if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      throw new UsageError(error.message);
    }
    throw error;
  }
}

/** A whole-number option within [min, max]; `fallback` when absent. */
export function intOption(
  name: string,
  raw: string | undefined,
  { fallback, min, max, why }: { fallback?: number; min: number; max: number; why?: string },
): number | undefined {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not "${raw}"${why ? ` (${why})` : ""}.`);
  }
  return value;
}

/** The `--days` option of the clean-up commands: whole days from `min` to 100 years, `fallback` when absent. */
export function daysOption(
  raw: string | undefined,
  { fallback, min, why }: { fallback: number; min: number; why: string },
): number {
  return intOption("days", raw, { fallback, min, max: 36_500, why }) ?? fallback;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The moment `days` whole days before `now`. */
export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}
