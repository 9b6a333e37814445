import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetOpsTokenForTests } from "@/lib/ops-auth/ops-token";
import { getStore } from "@/lib/store";
import { useLocalApp } from "@/tests/support/local-app";
import { buildPlanRecord } from "@/tests/support/store-fixtures";
import * as webVitals from "../../metrics/web-vitals/route";
import * as backup from "./route";

const TOKEN = "ops-token-for-the-backup-route-0123456789";
let cleanup: () => Promise<void>;

beforeAll(async () => {
  cleanup = useLocalApp({ OPS_API_TOKEN: TOKEN });
  resetOpsTokenForTests();
  await getStore().createPlan({ record: buildPlanRecord({ ownerId: "owner" }) });
});
afterAll(async () => {
  resetOpsTokenForTests();
  await cleanup();
});

const post = (token?: string) =>
  new Request("http://localhost/api/cron/backup", {
    method: "POST",
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

describe("POST /api/cron/backup (Cloud Scheduler)", () => {
  it("refuses without the ops token and backs nothing up", async () => {
    const response = await backup.POST(post());
    expect(response.status).toBe(401);
    expect(await getStore().getLastBackupHeartbeat()).toBeNull();
  });

  it("backs the SQLite store up with its manifest and records the heartbeat the backup alert reads", async () => {
    const response = await backup.POST(post(TOKEN));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { kind: string; location: string; bytes: number };
    expect(body.kind).toBe("sqlite");
    const dir = path.join(process.env.MARKETPLAN_DATA_DIR ?? "", "backups");
    expect(fs.readdirSync(dir).some((file) => file.startsWith(body.location) && file.endsWith(".manifest.json"))).toBe(true);
    const heartbeat = await getStore().getLastBackupHeartbeat();
    expect(heartbeat).toMatchObject({ kind: "sqlite", location: body.location, bytes: body.bytes });
  });
});

describe("GET /api/metrics/web-vitals", () => {
  it("answers the p75 of each vital over 24 h with the token, 401 without", async () => {
    const anonymous = await webVitals.GET(new Request("http://localhost/api/metrics/web-vitals"));
    expect(anonymous.status).toBe(401);
    const response = await webVitals.GET(
      new Request("http://localhost/api/metrics/web-vitals", { headers: { authorization: `Bearer ${TOKEN}` } }),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { vitals: { name: string; p75: number | null; reports: number }[] };
    expect(body.vitals.map((vital) => vital.name)).toEqual(["LCP", "INP", "CLS"]);
    expect(body.vitals.every((vital) => vital.reports === 0 && vital.p75 === null)).toBe(true);
  });
});
