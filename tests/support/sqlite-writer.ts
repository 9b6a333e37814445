/**
 * A child process for crash tests: writes plans to the SQLite store at `argv[2]`
 * as fast as it can and prints each plan's id once the store has acknowledged
 * it (createPlan resolved), one per line, until it is killed.
 *
 *   node --conditions=react-server --import tsx tests/support/sqlite-writer.ts <file>
 */
import { SqliteStore } from "@/lib/store/sqlite/sqlite-store";
import { buildPlanRecord, newPlanId } from "@/tests/support/store-fixtures";

async function main(file: string): Promise<never> {
  const store = new SqliteStore(file);
  const template = buildPlanRecord({ ownerId: "crash-test" });
  for (let i = 0; ; i++) {
    const record = { ...template, id: newPlanId(), title: `Plan ${i}` };
    await store.createPlan({ record });
    // Edits too: every acknowledged change must survive, not only inserts.
    if (i % 3 === 0) {
      const to = `Plan ${i} renamed`;
      await store.updatePlan({
        id: record.id,
        change: { kind: "renamed", from: record.title, to },
        update: (p) => ({ ...p, title: to }),
      });
      process.stdout.write(`renamed ${record.id}\n`);
    } else {
      process.stdout.write(`created ${record.id}\n`);
    }
  }
}

const file = process.argv[2];
if (!file) throw new Error("usage: sqlite-writer.ts <database file>");
void main(file);
