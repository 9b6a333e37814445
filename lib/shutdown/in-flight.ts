import "server-only";

interface InFlightState {
  count: number;
  idle: Array<() => void>;
}
const KEY = Symbol.for("marketplanai.inFlightGenerations");
type Holder = { [KEY]?: InFlightState };
const state = (): InFlightState => {
  const holder = globalThis as Holder;
  holder[KEY] ??= { count: 0, idle: [] };
  return holder[KEY];
};

/** Runs a generation (a plan or a section rewrite) counted as in flight, so shutdown can wait for it. */
export async function trackGeneration<T>(run: () => Promise<T>): Promise<T> {
  const current = state();
  current.count++;
  try {
    return await run();
  } finally {
    current.count--;
    if (current.count === 0) for (const resolve of current.idle.splice(0)) resolve();
  }
}

export function generationsInFlight(): number {
  return state().count;
}

/** Resolves true once no generation is in flight, or false after `timeoutMs`. */
export function waitForGenerations(timeoutMs: number): Promise<boolean> {
  const current = state();
  if (current.count === 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    current.idle.push(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}
