import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setStoreForTests } from "@/lib/store";
import { runCli } from "./testing/run-cli";
import { existingPlans, openTempStore, seedLifetimeScenario } from "./testing/temp-store";

describe("ops/cli.ts end to end (SQLite)", () => {
  let temp: ReturnType<typeof openTempStore>;
  let scenario: Awaited<ReturnType<typeof seedLifetimeScenario>>;
  const cli = (args: string[]) => runCli(args, { MARKETPLAN_DATA_DIR: temp.dir, STORE: "sqlite" });

  beforeAll(async () => {
    temp = openTempStore();
    scenario = await seedLifetimeScenario(temp.store(), new Date());
    // Let the child process have the database to itself.
    await temp.store().close();
    setStoreForTests(undefined);
  });
  afterAll(async () => {
    await temp.close();
  });

  it("cleanup-anonymous --dry-run --json exits 0 and lists only the stale anonymous user", async () => {
    const result = await cli(["cleanup-anonymous", "--dry-run", "--json"]);

    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { users: { id: string; plans: number }[] };
    expect(report).toMatchObject({
      command: "cleanup-anonymous",
      ok: true,
      dryRun: true,
      days: 90,
      totals: { users: 1, plans: 2 },
    });
    expect(report.users.map((user) => [user.id, user.plans])).toEqual([["u_stale-anonymous", 2]]);

    const all = [...scenario.stale.planIds, ...scenario.recent.planIds, ...scenario.registered.planIds];
    expect(await existingPlans(temp.store(), all)).toEqual(all);
  });

  it("exits 2 on a usage error, printing nothing on stdout", async () => {
    const result = await cli(["cleanup-anonymous", "--days", "5", "--json"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("--days must be a whole number from 30");
  });
});
