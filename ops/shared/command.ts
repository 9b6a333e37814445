import type { Store } from "@/lib/store/types";

/** Exit codes scripts can rely on. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A mistake in how the command was called: exit 2, with the command's usage. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** What a command gets from the CLI (and from tests, which pass their own). */
export interface CommandContext {
  /** Results: the human report, or the one JSON document with --json. */
  out: (text: string) => void;
  /** Progress and diagnostics; never parsed. */
  err: (text: string) => void;
  /** The store to work on, opened on first use; the CLI closes it at the end. */
  store: () => Store;
  /** Where the store is, without secrets, e.g. `sqlite /srv/.data/marketplan.db`. */
  storeTarget: () => string;
  /** Aborted on SIGINT/SIGTERM: commands stop at the next safe point. */
  signal: AbortSignal;
  now: () => Date;
}

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Full --help text. */
  help: string;
  run(argv: string[], context: CommandContext): Promise<ExitCode>;
}
