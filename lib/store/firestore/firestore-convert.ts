import "server-only";
import { type DocumentData, Timestamp } from "firebase-admin/firestore";
import { foldTitle } from "../plan-listing";
import {
  type PlanRecord,
  PlanRecordSchema,
  type PlanSummary,
  PlanSummarySchema,
  type PlanVersion,
  PlanVersionSchema,
  type PlanVersionSummary,
  PlanVersionSummarySchema,
  type ShareLink,
  ShareLinkSchema,
  type UserRecord,
  UserRecordSchema,
} from "../records";
import { readBack } from "../store-rules";

// Domain types carry ISO strings; documents carry Timestamps so queries order
// and compare instants, and the console shows dates. Everything read is parsed.

export function toTimestamp(iso: string): Timestamp {
  return Timestamp.fromDate(new Date(iso));
}

function toTimestampOrNull(iso: string | null): Timestamp | null {
  return iso === null ? null : toTimestamp(iso);
}

/** A stored Timestamp as an ISO string; anything else is left for the schema to refuse. */
export function iso(value: unknown): unknown {
  return value instanceof Timestamp ? value.toDate().toISOString() : value;
}

function field(data: DocumentData, key: string): unknown {
  return (data as Record<string, unknown>)[key];
}

export function toPlanDoc(record: PlanRecord): DocumentData {
  return {
    ...record,
    // Firestore cannot fold case or accents in a query: the folded title is stored to sort by name.
    titleKey: foldTitle(record.title),
    createdAt: toTimestamp(record.createdAt),
    updatedAt: toTimestamp(record.updatedAt),
    deletedAt: toTimestampOrNull(record.deletedAt),
  };
}

export function fromPlanDoc(data: DocumentData, id: string): PlanRecord {
  const value = {
    ...data,
    createdAt: iso(field(data, "createdAt")),
    updatedAt: iso(field(data, "updatedAt")),
    deletedAt: iso(field(data, "deletedAt")),
  };
  return readBack(PlanRecordSchema, value, `plan ${id}`);
}

/** The fields a plan summary needs, so listing does not read whole plans. */
export const PLAN_SUMMARY_FIELDS = [
  "id",
  "title",
  "version",
  "createdAt",
  "updatedAt",
  "generation.provider",
  "completeness.complete",
  "titleKey",
];

export function fromPlanSummaryDoc(data: DocumentData, id: string): PlanSummary {
  const generation = field(data, "generation") as { provider?: unknown } | undefined;
  const completeness = field(data, "completeness") as { complete?: unknown } | undefined;
  const value = {
    id: field(data, "id"),
    title: field(data, "title"),
    version: field(data, "version"),
    provider: generation?.provider,
    complete: completeness?.complete,
    createdAt: iso(field(data, "createdAt")),
    updatedAt: iso(field(data, "updatedAt")),
  };
  return readBack(PlanSummarySchema, value, `plan ${id}`);
}

export function toVersionDoc(version: PlanVersion): DocumentData {
  return { ...version, createdAt: toTimestamp(version.createdAt) };
}

export function fromVersionDoc(data: DocumentData, where: string): PlanVersion {
  return readBack(PlanVersionSchema, { ...data, createdAt: iso(field(data, "createdAt")) }, where);
}

export const VERSION_SUMMARY_FIELDS = ["planId", "version", "title", "change", "createdAt"];

export function fromVersionSummaryDoc(data: DocumentData, where: string): PlanVersionSummary {
  return readBack(PlanVersionSummarySchema, { ...data, createdAt: iso(field(data, "createdAt")) }, where);
}

export function toUserDoc(user: UserRecord): DocumentData {
  return { ...user, createdAt: toTimestamp(user.createdAt), lastActiveAt: toTimestamp(user.lastActiveAt) };
}

export function fromUserDoc(data: DocumentData, id: string): UserRecord {
  const value = { ...data, createdAt: iso(field(data, "createdAt")), lastActiveAt: iso(field(data, "lastActiveAt")) };
  return readBack(UserRecordSchema, value, `user ${id}`);
}

export function toShareLinkDoc(link: ShareLink): DocumentData {
  return { ...link, createdAt: toTimestamp(link.createdAt), revokedAt: toTimestampOrNull(link.revokedAt) };
}

export function fromShareLinkDoc(data: DocumentData): ShareLink {
  const value = { ...data, createdAt: iso(field(data, "createdAt")), revokedAt: iso(field(data, "revokedAt")) };
  return readBack(ShareLinkSchema, value, "share link");
}
