import { describe, expect, it } from "vitest";
import { GateFullError, WorkGate } from "./work-gate";

/** A task that runs until the test lets it finish. */
function heldTask() {
  let finish: () => void = () => undefined;
  let started = false;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return {
    run: async () => {
      started = true;
      await done;
      return "done";
    },
    finish: () => finish(),
    get started() {
      return started;
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("WorkGate", () => {
  it("runs at most `concurrency` tasks, queues up to `queue` more and refuses the next with a wait", async () => {
    const gate = new WorkGate({ concurrency: 2, queue: 1, typicalMs: 3_000 });
    const [a, b, c] = [heldTask(), heldTask(), heldTask()];
    const results = [gate.run(a.run), gate.run(b.run), gate.run(c.run)];
    await tick();
    expect([a.started, b.started, c.started]).toEqual([true, true, false]);
    expect(gate.load).toEqual({ running: 2, waiting: 1 });

    const refused = await gate.run(async () => "never").catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(GateFullError);
    // Two running and one waiting at 3 s each: the newcomer's slot comes in the second wave, about 6 s.
    expect((refused as GateFullError).retryAfterSeconds).toBe(6);

    a.finish();
    await tick();
    expect(c.started).toBe(true);
    expect(gate.load).toEqual({ running: 2, waiting: 0 });
    b.finish();
    c.finish();
    expect(await Promise.all(results)).toEqual(["done", "done", "done"]);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it("frees the slot of a task that fails, and passes the failure on", async () => {
    const gate = new WorkGate({ concurrency: 1, queue: 0, typicalMs: 1_000 });
    await expect(gate.run(async () => Promise.reject(new Error("render crashed")))).rejects.toThrow("render crashed");
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
    expect(await gate.run(async () => 42)).toBe(42);
  });

  it("learns the task time for its Retry-After, between 1 and 60 seconds", async () => {
    const gate = new WorkGate({ concurrency: 1, queue: 0, typicalMs: 200_000 });
    expect(gate.retryAfterSeconds()).toBe(60);
    for (let i = 0; i < 30; i++) await gate.run(async () => undefined);
    expect(gate.retryAfterSeconds()).toBe(1);
  });
});
