/**
 * npm run bench:quota [-- --callers N --rounds R]
 *
 * How fast the shared quota answers a burst on Firestore (the emulator): two
 * store instances (`--instances`), as two app instances would have, share N
 * concurrent callers asking one unit of a 60-a-minute quota; R rounds, each on
 * a fresh minute window. Prints the time until every caller had its answer and
 * each caller's wait (median, p95, slowest), and checks that exactly 60 were
 * granted. Skips, saying why, where the emulator cannot run.
 */
import { parseArgs } from "node:util";
import { FirestoreStore } from "@/lib/store/firestore/firestore-store";
import { startFirestoreEmulator } from "@/tests/support/firestore-emulator";
import { median, percentile, summary } from "./stats";

const { values } = parseArgs({
  options: {
    callers: { type: "string", default: "100" },
    rounds: { type: "string", default: "5" },
    instances: { type: "string", default: "2" },
  },
});
const callers = Math.max(1, Number(values.callers));
const rounds = Math.max(1, Number(values.rounds));
const instances = Math.max(1, Number(values.instances));
const LIMIT = 60;

async function main(): Promise<void> {
  const emulator = await startFirestoreEmulator({ fresh: true });
  if ("skipped" in emulator) {
    console.log(`bench:quota skipped: ${emulator.skipped}`);
    return;
  }
  const stores = Array.from(
    { length: instances },
    () => new FirestoreStore({ projectId: emulator.projectId, timeoutMs: 120_000 }),
  );
  try {
    const limits = [
      { window: "minute" as const, limit: LIMIT },
      { window: "day" as const, limit: 10_000 },
    ];
    const burstMs: number[] = [];
    const waits: number[] = [];
    // A warm-up burst opens both clients' channels.
    await Promise.all(stores.map((store) => store.consumeQuota({ key: "warm-up", limits })));
    for (let round = 0; round < rounds; round++) {
      const now = new Date(Date.UTC(2026, 0, 1, 10, round, 30));
      const started = performance.now();
      const decisions = await Promise.all(
        Array.from({ length: callers }, async (_, i) => {
          const decision = await (stores[i % instances] as FirestoreStore).consumeQuota({ key: "gemini", limits, now });
          waits.push(performance.now() - started);
          return decision;
        }),
      );
      burstMs.push(performance.now() - started);
      const granted = decisions.filter((d) => d.allowed).length;
      if (granted !== Math.min(LIMIT, callers))
        throw new Error(`round ${round}: ${granted} granted, expected ${Math.min(LIMIT, callers)}`);
    }
    console.log(`${callers} concurrent callers on ${instances} store instance(s), limit ${LIMIT} a minute, ${rounds} rounds`);
    console.log(summary("every caller answered (burst)", burstMs));
    console.log(summary("one caller's wait", waits));
    console.log(
      `slowest caller's wait: ${Math.max(...waits).toFixed(0)} ms; median burst ${median(burstMs).toFixed(0)} ms; p99 wait ${percentile(waits, 99).toFixed(0)} ms`,
    );
  } finally {
    await Promise.all(stores.map((store) => store.close()));
    await emulator.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
