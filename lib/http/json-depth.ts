/** Deepest nesting a request body may have: plans nest about 8 levels; this leaves room and stops stack-hungry bodies. */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether parsed JSON nests deeper than `max` objects and arrays. Iterative, so
 * it cannot itself overflow the stack on a body of a million `[`: code that
 * recurses over the value (JSON.stringify, zod, a signature check) runs only after it.
 */
export function exceedsJsonDepth(value: unknown, max = MAX_JSON_DEPTH): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const next = stack.pop() as { value: unknown; depth: number };
    if (typeof next.value !== "object" || next.value === null) continue;
    const depth = next.depth + 1;
    if (depth > max) return true;
    for (const child of Object.values(next.value)) {
      if (typeof child === "object" && child !== null) stack.push({ value: child, depth });
    }
  }
  return false;
}
