/** Decimal places of a currency's minor unit (USD 2, JPY 0, KWD 3), from the runtime's ISO 4217 data. */
export function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function toMinorUnits(amount: number, currency: string): number {
  return Math.round(amount * 10 ** minorUnitDigits(currency));
}

export function fromMinorUnits(minor: number, currency: string): number {
  const digits = minorUnitDigits(currency);
  return Number((minor / 10 ** digits).toFixed(digits));
}

export function isKnownCurrency(code: string): boolean {
  return Intl.supportedValuesOf("currency").includes(code);
}

/**
 * Splits `totalMinor` into parts proportional to `weights`, in whole minor units,
 * summing exactly to the total (largest remainder method). Weights are taken to
 * basis points and the arithmetic is done in BigInt, so no float error can make
 * the parts overshoot. Ties in the remainder go to the earlier entry, so the
 * same input always gives the same split. All-zero weights split evenly.
 */
export function allocateMinorUnits(totalMinor: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(totalMinor) || totalMinor < 0) {
    throw new RangeError(`total must be a non-negative safe integer of minor units, got ${totalMinor}`);
  }
  if (weights.length === 0) return [];
  const basisPoints = weights.map((weight) => {
    if (!Number.isFinite(weight) || weight < 0) throw new RangeError(`weights must be finite and >= 0, got ${weight}`);
    return BigInt(Math.round(weight * 100));
  });
  const even = basisPoints.every((bp) => bp === 0n);
  const bps = even ? basisPoints.map(() => 1n) : basisPoints;
  const sum = bps.reduce((a, b) => a + b, 0n);
  const total = BigInt(totalMinor);

  const parts = bps.map((bp) => (total * bp) / sum);
  const remainders = bps.map((bp, index) => ({ index, rest: (total * bp) % sum }));
  let left = total - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.rest === b.rest ? a.index - b.index : a.rest > b.rest ? -1 : 1));
  for (const { index } of remainders) {
    if (left === 0n) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts.map(Number);
}
