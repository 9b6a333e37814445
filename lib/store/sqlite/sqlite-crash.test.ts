import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { SqliteStore } from "./sqlite-store";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-crash-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs the writer child until it has acknowledged `acks` changes (and a few more in flight), then SIGKILLs it. */
async function writeThenKill(file: string, acks: number): Promise<{ created: string[]; renamed: string[] }> {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "tests/support/sqlite-writer.ts"), file],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  const acknowledged = { created: [] as string[], renamed: [] as string[] };
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once("exit", (_code, signal) => resolve(signal)));
  for await (const line of readline.createInterface({ input: child.stdout })) {
    const [kind, id] = line.split(" ");
    if (kind === "created" && id) acknowledged.created.push(id);
    if (kind === "renamed" && id) acknowledged.renamed.push(id);
    // Killed in the middle of the burst: the next write is already under way.
    if (acknowledged.created.length + acknowledged.renamed.length >= acks) {
      child.kill("SIGKILL");
      break;
    }
  }
  expect(await exited, stderr).toBe("SIGKILL");
  return acknowledged;
}

describe("SQLite killed with SIGKILL during a burst of writes (issue 10)", () => {
  it("keeps every acknowledged plan and edit, and passes the integrity check", { timeout: 180_000 }, async () => {
    const file = path.join(dir, "crash.db");
    const rounds = [];
    for (const acks of [150, 300]) rounds.push(await writeThenKill(file, acks));

    const db = new Database(file, { readonly: true });
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    db.close();
    const store = new SqliteStore(file);
    try {
      for (const round of rounds) {
        expect(round.created.length + round.renamed.length).toBeGreaterThanOrEqual(150);
        for (const id of round.created) expect((await store.getPlanById({ id }))?.id, id).toBe(id);
        for (const id of round.renamed) expect((await store.getPlanById({ id }))?.title, id).toMatch(/ renamed$/);
      }
    } finally {
      await store.close();
    }
  });
});
