import { getEnv } from "@/lib/env";
import { chooseStore } from "@/lib/store/store-choice";

/**
 * Which store the configured environment points at, so an operator sees
 * whether a command is about to touch local data or production. Names paths,
 * projects and hosts only; credentials come from ADC and are never read here.
 */
export function describeStoreTarget(): string {
  const env = getEnv();
  const choice = chooseStore(env);
  if (choice.kind === "sqlite") return `sqlite ${choice.file}`;
  const database = choice.databaseId ? ` database ${choice.databaseId}` : "";
  const emulator = env.FIRESTORE_EMULATOR_HOST ? ` (emulator at ${env.FIRESTORE_EMULATOR_HOST})` : "";
  return `firestore project ${choice.projectId}${database}${emulator}`;
}
