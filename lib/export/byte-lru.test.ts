import { describe, expect, it } from "vitest";
import { ByteLru } from "./byte-lru";

const bytes = (n: number, fill = 1) => new Uint8Array(n).fill(fill);

describe("ByteLru", () => {
  it("keeps entries until their total size passes the cap, then drops the least recently used", () => {
    const cache = new ByteLru(100);
    cache.set("a", bytes(40, 1));
    cache.set("b", bytes(40, 2));
    expect(cache.get("a")?.[0]).toBe(1); // "a" is now the most recent
    cache.set("c", bytes(40, 3));
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")?.[0]).toBe(1);
    expect(cache.get("c")?.[0]).toBe(3);
    expect({ size: cache.size, bytes: cache.bytes }).toEqual({ size: 2, bytes: 80 });
  });

  it("replaces an entry under the same key and counts only the new size", () => {
    const cache = new ByteLru(100);
    cache.set("a", bytes(60));
    cache.set("a", bytes(30, 7));
    expect(cache.get("a")?.[0]).toBe(7);
    expect(cache.bytes).toBe(30);
  });

  it("does not keep a value larger than the whole cache, nor anything with a cap of 0", () => {
    const cache = new ByteLru(50);
    cache.set("small", bytes(10));
    cache.set("huge", bytes(51));
    expect(cache.get("huge")).toBeUndefined();
    expect(cache.get("small")).toBeDefined();
    const off = new ByteLru(0);
    off.set("a", bytes(1));
    expect(off.size).toBe(0);
  });
});
