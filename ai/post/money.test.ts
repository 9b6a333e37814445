import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateMinorUnits, fromMinorUnits, minorUnitDigits, toMinorUnits } from "./money";

const currencies = ["USD", "EUR", "JPY", "KWD", "GBP", "INR", "CLP", "BHD"];

describe("allocateMinorUnits", () => {
  it("gives non-negative parts that sum exactly to the total, for any shares, total and currency", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.constantFrom(...currencies),
        (shares, amount, currency) => {
          const total = toMinorUnits(amount, currency);
          const parts = allocateMinorUnits(total, shares);
          expect(parts).toHaveLength(shares.length);
          expect(parts.every((part) => Number.isSafeInteger(part) && part >= 0)).toBe(true);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("is deterministic and gives the remainder to the earliest of equal shares", () => {
    expect(allocateMinorUnits(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocateMinorUnits(100, [1, 1, 1])).toEqual(allocateMinorUnits(100, [1, 1, 1]));
  });

  it("keeps zero shares at zero and splits all-zero shares evenly", () => {
    expect(allocateMinorUnits(1000, [70, 0, 30])).toEqual([700, 0, 300]);
    expect(allocateMinorUnits(10, [0, 0, 0])).toEqual([4, 3, 3]);
  });

  it("refuses negative or fractional totals and negative shares", () => {
    expect(() => allocateMinorUnits(-1, [1])).toThrow(RangeError);
    expect(() => allocateMinorUnits(1.5, [1])).toThrow(RangeError);
    expect(() => allocateMinorUnits(10, [-1, 2])).toThrow(RangeError);
  });
});

describe("minor units", () => {
  it("follow ISO 4217: JPY has none, KWD three", () => {
    expect(minorUnitDigits("USD")).toBe(2);
    expect(minorUnitDigits("JPY")).toBe(0);
    expect(minorUnitDigits("KWD")).toBe(3);
    expect(toMinorUnits(12.345, "KWD")).toBe(12345);
    expect(fromMinorUnits(1999, "USD")).toBe(19.99);
  });
});
