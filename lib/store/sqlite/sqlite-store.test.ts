import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
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

const limits = [
  { window: "minute" as const, limit: 60 },
  { window: "day" as const, limit: 100 },
];

describe("SqliteStore quota", () => {
  it("grants exactly the limit when two instances share one database file", async () => {
    const file = tempFile();
    const a = new SqliteStore(file);
    const b = new SqliteStore(file);
    const now = new Date("2026-11-26T10:00:30Z");
    const decisions = await Promise.all(
      Array.from({ length: 100 }, (_, i) => (i % 2 ? a : b).consumeQuota({ key: "gemini", limits, now })),
    );
    expect(decisions.filter((d) => d.allowed)).toHaveLength(60);
    const refused = decisions.find((d) => !d.allowed);
    expect(refused).toEqual({ allowed: false, exhausted: "minute", retryAfterMs: 30_000 });
    await Promise.all([a.close(), b.close()]);
  });

  it("opens a new minute window but keeps counting the day", async () => {
    const store = new SqliteStore(tempFile());
    for (let minute = 0; minute < 2; minute++) {
      const now = new Date(Date.UTC(2026, 10, 26, 10, minute, 0));
      for (let i = 0; i < 60; i++) await store.consumeQuota({ key: "gemini", limits, now });
    }
    const decision = await store.consumeQuota({ key: "gemini", limits, now: new Date(Date.UTC(2026, 10, 26, 10, 2, 0)) });
    expect(decision).toEqual({ allowed: false, exhausted: "day", retryAfterMs: 14 * 3600_000 - 2 * 60_000 });
    await store.close();
  });

  it("takes nothing from the minute when the day is spent", async () => {
    const store = new SqliteStore(tempFile());
    const now = new Date(Date.UTC(2026, 10, 26, 23, 59, 0));
    const tight = [
      { window: "minute" as const, limit: 5 },
      { window: "day" as const, limit: 1 },
    ];
    expect((await store.consumeQuota({ key: "k", limits: tight, now })).allowed).toBe(true);
    expect((await store.consumeQuota({ key: "k", limits: tight, now })).allowed).toBe(false);
    const nextDay = await store.consumeQuota({ key: "k", limits: tight, now: new Date(Date.UTC(2026, 10, 27, 0, 0, 1)) });
    expect(nextDay).toEqual({ allowed: true, used: { minute: 1, day: 1 } });
    await store.close();
  });

  it("migrates once and reopens an existing file", async () => {
    const file = tempFile();
    await new SqliteStore(file).close();
    const again = new SqliteStore(file);
    await expect(again.ping()).resolves.toBeUndefined();
    expect(await again.countPlans()).toBe(0);
    await again.close();
  });
});
