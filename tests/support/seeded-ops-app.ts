import { afterAll, beforeAll, vi } from "vitest";
import { resetOpsTokenForTests } from "@/lib/ops-auth/ops-token";
import { getStore } from "@/lib/store";
import { SEED_NOW, seedAnalytics } from "./analytics-seed";
import { useLocalApp } from "./local-app";

/**
 * For the ops endpoint tests: registers hooks that start the local app with
 * `token` as OPS_API_TOKEN, fix the clock at SEED_NOW (only Date, so the seeded
 * week reads the same whenever the test runs) and seed the analytics data; and
 * undo all of it after the file.
 */
export function withSeededOpsApp(token: string): void {
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    cleanup = useLocalApp({ OPS_API_TOKEN: token });
    resetOpsTokenForTests();
    vi.useFakeTimers({ toFake: ["Date"], now: SEED_NOW });
    await seedAnalytics(getStore());
  });
  afterAll(async () => {
    vi.useRealTimers();
    resetOpsTokenForTests();
    await cleanup();
  });
}
