import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IncrementalJsonObject } from "./incremental-json";

function feed(text: string, cuts: number[]): Record<string, unknown> {
  const parser = new IncrementalJsonObject();
  let last: Record<string, unknown> = {};
  let from = 0;
  for (const cut of [...cuts.sort((a, b) => a - b), text.length]) {
    last = parser.push(text.slice(from, cut));
    from = Math.max(from, cut);
  }
  return last;
}

describe("IncrementalJsonObject", () => {
  it("shows members as they arrive, the open one partially", () => {
    const parser = new IncrementalJsonObject();
    expect(parser.push('{"title":"Caf')).toEqual({ title: "Caf" });
    expect(parser.push('é, \\"Bo\\"","items":[1,')).toEqual({ title: 'Café, "Bo"', items: [1] });
    expect(parser.push('2],"note":"a,b}"}')).toEqual({ title: 'Café, "Bo"', items: [1, 2], note: "a,b}" });
  });

  it("ignores text before the object, as some models add", () => {
    expect(feed('```json\n{"a":1}', [3, 9])).toEqual({ a: 1 });
  });

  it("ends with exactly JSON.parse's result however the text is cut", () => {
    const json = fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }));
    fc.assert(
      fc.property(json, fc.array(fc.nat(), { maxLength: 20 }), (object, cuts) => {
        const text = JSON.stringify(object, null, cuts.length % 2 ? 1 : undefined);
        const result = feed(
          text,
          cuts.map((c) => c % (text.length + 1)),
        );
        expect(result).toEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
  });
});
