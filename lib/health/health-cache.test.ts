import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as aiHealth } from "@/app/api/ai/health/route";
import { GET as readyz } from "@/app/api/readyz/route";
import { getStore, type Store, setStoreForTests } from "@/lib/store";
import { useLocalApp } from "@/tests/support/local-app";
import { resetHealthCachesForTests } from "./health-cache";

/** The real SQLite store, with its calls counted: what each public endpoint costs the store. */
function countingCalls(store: Store): { store: Store; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const counted = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        calls.set(String(property), (calls.get(String(property)) ?? 0) + 1);
        return value.apply(target, args);
      };
    },
  });
  return { store: counted, calls };
}

let cleanup: () => Promise<void>;
let calls: Map<string, number>;
let real: Store;
beforeAll(() => {
  cleanup = useLocalApp();
  real = getStore();
  const counting = countingCalls(real);
  calls = counting.calls;
  setStoreForTests(counting.store);
  resetHealthCachesForTests();
});
afterAll(async () => {
  setStoreForTests(real);
  await cleanup();
});

const request = (path: string, method: string) => new Request(`http://localhost${path}`, { method });

describe("public endpoints that read the store are cached (issue 10)", () => {
  it("answers 200 calls to /api/readyz, 50 at once, with one store ping", async () => {
    const burst = await Promise.all(Array.from({ length: 50 }, () => readyz(request("/api/readyz", "GET"))));
    for (let i = 0; i < 150; i++) burst.push(await readyz(request("/api/readyz", "GET")));
    expect(burst.every((r) => r.status === 200)).toBe(true);
    expect(calls.get("ping")).toBe(1);
  });

  it("answers 200 calls to POST /api/ai/health, 50 at once, with one rollup read", async () => {
    const burst = await Promise.all(Array.from({ length: 50 }, () => aiHealth(request("/api/ai/health", "POST"))));
    for (let i = 0; i < 150; i++) burst.push(await aiHealth(request("/api/ai/health", "POST")));
    expect(burst.every((r) => r.status === 200)).toBe(true);
    expect(calls.get("sumRollupCounters")).toBe(1);
  });

  it("reads the store again once the few seconds have passed", async () => {
    const before = calls.get("ping") ?? 0;
    await new Promise((resolve) => setTimeout(resolve, 5_100));
    await readyz(request("/api/readyz", "GET"));
    expect(calls.get("ping")).toBe(before + 1);
  });
});
