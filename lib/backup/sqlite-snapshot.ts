import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs";
import Database from "better-sqlite3";
import type { TableStats } from "./backup-manifest";

/**
 * A consistent copy of a live database through SQLite's online backup API:
 * the copy is one point in time even while the app keeps writing (WAL mode).
 */
export async function snapshotDatabase(source: string, destination: string): Promise<void> {
  if (!fs.existsSync(source)) throw new Error(`There is no database at ${source}`);
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(destination);
  } finally {
    db.close();
  }
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

function cell(value: unknown): unknown {
  if (Buffer.isBuffer(value)) return { blob: value.toString("base64") };
  if (typeof value === "bigint") return { int: value.toString() };
  return value;
}

/** Row count and a SHA-256 over every row (in a fixed order) of each user table. */
export function tableStats(file: string): Record<string, TableStats> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all()
      .map((row) => (row as { name: string }).name);
    const stats: Record<string, TableStats> = {};
    for (const table of tables) {
      const columns = db.prepare(`SELECT * FROM ${quote(table)} LIMIT 0`).columns().length;
      const order = Array.from({ length: columns }, (_, i) => String(i + 1)).join(", ");
      const hash = createHash("sha256");
      let rows = 0;
      const statement = db.prepare(`SELECT * FROM ${quote(table)} ORDER BY ${order}`).raw(true);
      for (const row of statement.iterate() as Iterable<unknown[]>) {
        hash.update(JSON.stringify(row.map(cell)));
        hash.update("\n");
        rows += 1;
      }
      stats[table] = { rows, checksum: hash.digest("hex") };
    }
    return stats;
  } finally {
    db.close();
  }
}

/** `PRAGMA integrity_check`: ["ok"] for a sound database, else SQLite's list of problems. */
export function integrityCheck(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare("PRAGMA integrity_check")
      .all()
      .map((row) => String(Object.values(row as Record<string, unknown>)[0]));
  } finally {
    db.close();
  }
}

/** The highest applied migration, 0 for a database without the table. */
export function schemaVersion(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'").get();
    if (!exists) return 0;
    const row = db.prepare("SELECT MAX(version) AS version FROM schema_migrations").get() as { version: number | null };
    return row.version ?? 0;
  } finally {
    db.close();
  }
}

export async function fileSha256(file: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of fs.createReadStream(file)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest("hex"), bytes };
}
