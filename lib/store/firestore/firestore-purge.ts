import "server-only";
import type { BulkWriter, DocumentReference, Firestore, Query } from "firebase-admin/firestore";
import { isStorableUserId } from "../store-rules";
import { COLLECTIONS } from "./firestore-db";

const PAGE = 200;

/** Deletes every document of a query (ids only are read), a page at a time, through `writer`. */
export async function deleteMatching(writer: BulkWriter, query: Query, each?: (ref: DocumentReference) => Promise<void>) {
  let deleted = 0;
  for (;;) {
    const page = await query.select().limit(PAGE).get();
    if (page.empty) return deleted;
    if (each) {
      await Promise.all(page.docs.map((doc) => each(doc.ref)));
    } else {
      const deletes = page.docs.map((doc) => writer.delete(doc.ref));
      await writer.flush();
      // A delete the writer gave up on rejects its own promise: surface it.
      await Promise.all(deletes);
    }
    deleted += page.size;
    if (page.size < PAGE) return deleted;
  }
}

/** Removes a plan with its versions and share links. */
async function deletePlan(db: Firestore, writer: BulkWriter, plan: DocumentReference): Promise<void> {
  await deleteMatching(writer, db.collection(COLLECTIONS.shareLinks).where("planId", "==", plan.id));
  // recursiveDelete removes the plan document and everything under it (its versions).
  await db.recursiveDelete(plan, writer);
}

/**
 * Removes for good every plan the query matches, with versions and share links,
 * through a BulkWriter (it batches, throttles and retries). Returns how many plans went.
 */
export async function deletePlansWithEverything(db: Firestore, plans: Query): Promise<number> {
  const writer = db.bulkWriter();
  try {
    return await deleteMatching(writer, plans, (ref) => deletePlan(db, writer, ref));
  } finally {
    await writer.close();
  }
}

/** Removes a user, their plans (with versions and share links), any links they made, and their activity. */
export async function deleteUserEverything(db: Firestore, userId: string): Promise<number> {
  const plans = await deletePlansWithEverything(db, db.collection(COLLECTIONS.plans).where("ownerId", "==", userId));
  const writer = db.bulkWriter();
  try {
    await deleteMatching(writer, db.collection(COLLECTIONS.shareLinks).where("ownerId", "==", userId));
    // The user document and its activity subcollection (an id no document can have has neither).
    if (isStorableUserId(userId)) await db.recursiveDelete(db.collection(COLLECTIONS.users).doc(userId), writer);
  } finally {
    await writer.close();
  }
  return plans;
}
