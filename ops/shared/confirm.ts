import { createInterface } from "node:readline/promises";
import { UsageError } from "./command";

/**
 * Asks on the terminal; true only for "y" or "yes". Without a terminal nobody
 * can answer, so it refuses (a usage error, exit 2) and names --yes.
 */
export async function confirm(question: string, { yes, command }: { yes: boolean; command: string }): Promise<boolean> {
  if (yes) return true;
  if (!process.stdin.isTTY) {
    throw new UsageError(`not a terminal, so nobody can confirm: run ${command} again with --yes to proceed without asking`);
  }
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await prompt.question(`${question} (y/N): `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    prompt.close();
  }
}
