import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { buildPlanRecord } from "@/tests/support/store-fixtures";
import { MIGRATIONS } from "./migrations";
import { SqliteStore } from "./sqlite-store";

const dirs: string[] = [];
function tempFile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-sqlite-"));
  dirs.push(dir);
  return path.join(dir, "nested", "store.db");
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

// Quota, plans, users and share links are covered by the contract (sqlite-store.contract.test.ts); these are SQLite-only.
describe("SqliteStore migrations", () => {
  it("migrates once and reopens an existing file", async () => {
    const file = tempFile();
    await new SqliteStore(file).close();
    const again = new SqliteStore(file);
    await expect(again.ping()).resolves.toBeUndefined();
    expect(await again.countPlans()).toBe(0);
    await again.close();
    const db = new Database(file, { readonly: true });
    const applied = db.prepare("SELECT version FROM schema_migrations ORDER BY version").all();
    db.close();
    expect(applied).toEqual(MIGRATIONS.map(({ version }) => ({ version })));
  });

  it("upgrades a version-1 database, giving every existing plan its version 1", async () => {
    const file = tempFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const v1 = new Database(file);
    v1.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    v1.exec(MIGRATIONS[0]?.sql ?? "");
    v1.prepare("INSERT INTO schema_migrations VALUES (1, 'v1', ?)").run(new Date().toISOString());
    // A plan exactly as the version-1 store saved it: no deletedAt.
    const { deletedAt, ...old } = buildPlanRecord({ ownerId: "owner-a", createdAt: new Date("2026-01-02T03:04:05.678Z") });
    v1.prepare(
      "INSERT INTO plans (id, owner_id, title, version, created_at, updated_at, doc) VALUES (@id, @ownerId, @title, @version, @createdAt, @updatedAt, @doc)",
    ).run({ ...old, doc: JSON.stringify(old) });
    v1.close();

    const store = new SqliteStore(file);
    expect(await store.getPlanById({ id: old.id })).toEqual({ ...old, deletedAt: null });
    expect((await store.listPlansByOwner({ ownerId: "owner-a", limit: 5 })).items.map((p) => p.id)).toEqual([old.id]);
    // Migration 4's folded titles are filled in on open: a search and the name order find the old plan.
    const byName = await store.listPlansByOwner({ ownerId: "owner-a", limit: 5, sort: "title", query: old.title.toUpperCase() });
    expect(byName.items.map((p) => p.id)).toEqual([old.id]);
    const version = await store.getPlanVersion({ planId: old.id, version: 1 });
    expect(version).toEqual({
      planId: old.id,
      version: 1,
      title: old.title,
      plan: old.plan,
      completeness: old.completeness,
      change: { kind: "generated" },
      generation: old.generation,
      createdAt: old.updatedAt,
    });
    await store.close();
  });

  it("reads an incident saved before migration 7 with the later fields filled in, and can update it", async () => {
    const file = tempFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const v6 = new Database(file);
    v6.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    for (const migration of MIGRATIONS.filter(({ version }) => version <= 6)) {
      v6.exec(migration.sql);
      v6.prepare("INSERT INTO schema_migrations VALUES (?, ?, ?)").run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    }
    const createdAt = "2026-01-02T03:04:05.678Z";
    const legacy = {
      id: "inc-legacy",
      title: "Gemini outage",
      status: "investigating",
      impact: "major",
      components: ["ai_service"],
      createdAt,
      resolvedAt: null,
      updates: [{ status: "investigating", body: "Looking.", createdAt }],
    };
    v6.prepare("INSERT INTO incidents (id, created_at, resolved_at, doc) VALUES (?, ?, NULL, ?)").run(
      legacy.id,
      createdAt,
      JSON.stringify(legacy),
    );
    v6.close();

    const store = new SqliteStore(file);
    expect(await store.getIncident({ id: "inc-legacy" })).toEqual({
      ...legacy,
      severity: "SEV2",
      startedAt: createdAt,
      acknowledgedAt: null,
      dedupKey: null,
      updates: [{ ...legacy.updates[0], author: "unknown", public: true, impact: null, timeline: null, nextUpdate: null }],
    });
    const resolvedAt = "2026-01-02T04:00:00.000Z";
    const resolved = await store.addIncidentUpdate({
      id: "inc-legacy",
      update: { status: "resolved", body: "Fixed.", createdAt: resolvedAt },
    });
    expect(resolved).toMatchObject({ status: "resolved", resolvedAt, severity: "SEV2" });
    await store.close();
  });
});
