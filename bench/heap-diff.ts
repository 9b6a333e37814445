/**
 * node --import tsx bench/heap-diff.ts EARLIER.heapsnapshot LATER.heapsnapshot [--top N]
 *
 * Compares two heap snapshots of one process by constructor (bench/heap-snapshot.ts): what grew
 * between them, in bytes and in count. Take them with `node --heapsnapshot-signal=SIGUSR2` and
 * `kill -USR2 <pid>`, or `npm run bench:load -- --mode soak --heap-snapshot-dir DIR`.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { formatComparison, summariseSnapshot } from "./heap-snapshot";

const { values, positionals } = parseArgs({
  options: { top: { type: "string", default: "15" } },
  allowPositionals: true,
});
const [earlier, later] = positionals;
if (!earlier || !later) {
  console.error("usage: node --import tsx bench/heap-diff.ts EARLIER.heapsnapshot LATER.heapsnapshot [--top N]");
  process.exit(2);
}
// One snapshot at a time: a parsed snapshot takes several times its file's size.
const before = summariseSnapshot(JSON.parse(fs.readFileSync(earlier, "utf8")));
const after = summariseSnapshot(JSON.parse(fs.readFileSync(later, "utf8")));
console.log(formatComparison(before, after, Number(values.top)));
