import { afterEach, beforeEach } from "vitest";
import type { Store } from "../types";

export interface StoreUnderTest {
  store: Store;
  /** Closes the store and removes its data. */
  cleanup(): Promise<void>;
  /** A second instance on the same data; the contract closes it. Without it, concurrency runs on one instance. */
  another?(): Promise<Store>;
  /** The UTC days recorded for a user, read behind the interface (nothing in Store reads activity yet). */
  activityDays(userId: string): Promise<string[]>;
}

export type StoreFactory = () => Promise<StoreUnderTest>;

export interface ContractContext {
  store(): Store;
  /** A second instance on the same data if the implementation offers one, else the same store. */
  peer(): Promise<Store>;
  activityDays(userId: string): Promise<string[]>;
}

/** Opens a fresh store before each test and cleans it up after. */
export function useStoreUnderTest(factory: StoreFactory): ContractContext {
  let current: StoreUnderTest | undefined;
  const peers: Store[] = [];
  const subject = () => {
    if (!current) throw new Error("The store under test is only open inside a test");
    return current;
  };
  beforeEach(async () => {
    current = await factory();
  });
  afterEach(async () => {
    for (const peer of peers.splice(0)) await peer.close();
    await current?.cleanup();
    current = undefined;
  });
  return {
    store: () => subject().store,
    peer: async () => {
      const { another, store } = subject();
      if (!another) return store;
      const peer = await another();
      peers.push(peer);
      return peer;
    },
    activityDays: (userId) => subject().activityDays(userId),
  };
}

/** Moments relative to a fixed "now", so tests never depend on the clock. */
export const NOW = new Date("2026-11-26T12:00:00.000Z");
export const DAY_MS = 86_400_000;
export function daysAgo(days: number): Date {
  return new Date(NOW.getTime() - days * DAY_MS);
}
export function minutesAfter(minutes: number, from = NOW): Date {
  return new Date(from.getTime() + minutes * 60_000);
}
