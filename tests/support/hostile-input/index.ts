/**
 * Hostile requests to every API endpoint, as data, one file per group: each must answer the
 * given 4xx with a message a person can act on, and change nothing stored.
 * `app/api/hostile-input.test.ts` runs them against the route handlers.
 */
import { BODIES_CASES } from "./bodies";
import { IDENTITIES_CASES } from "./identities";
import { LISTS_SHARES_IMPORTS_CASES } from "./lists-shares-imports";
import { OPS_TOKEN_CASES } from "./ops-token";
import { PLAN_IDS_CASES } from "./plan-ids";
import { SECTIONS_VERSIONS_CASES } from "./sections-versions";
import type { HostileCase } from "./types";

export type { Caller, Endpoint, HostileCase } from "./types";

export const HOSTILE_CASES: HostileCase[] = [
  ...BODIES_CASES,
  ...PLAN_IDS_CASES,
  ...IDENTITIES_CASES,
  ...SECTIONS_VERSIONS_CASES,
  ...LISTS_SHARES_IMPORTS_CASES,
  ...OPS_TOKEN_CASES,
];
