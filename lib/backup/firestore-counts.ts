import "server-only";
import { randomUUID } from "node:crypto";
import { deleteApp, initializeApp } from "firebase-admin/app";
import { type Firestore, getFirestore } from "firebase-admin/firestore";
import { COLLECTIONS } from "@/lib/store/firestore/firestore-db";

/** Runs `work` with a Firestore client of its own on `projectId` (and database), then closes it. */
export async function withFirestore<T>(
  target: { projectId: string; databaseId?: string },
  work: (db: Firestore) => Promise<T>,
): Promise<T> {
  const app = initializeApp({ projectId: target.projectId }, `marketplan-backup-${randomUUID()}`);
  const db = target.databaseId ? getFirestore(app, target.databaseId) : getFirestore(app);
  try {
    return await work(db);
  } finally {
    await db.terminate();
    await deleteApp(app);
  }
}

/** Documents in every collection the app writes, subcollections included (count aggregations, not reads of each document). */
export async function countDocuments(db: Firestore): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of Object.values(COLLECTIONS).sort()) {
    counts[name] = (await db.collectionGroup(name).count().get()).data().count;
  }
  return counts;
}
