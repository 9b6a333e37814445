import type { HostileCase } from "./types";

/** Ops token guessing. */
export const OPS_TOKEN_CASES: HostileCase[] = [
  // Ops token guessing.
  { name: "metrics: no token", endpoint: "metrics", method: "GET", status: 401, message: /token/ },
  {
    name: "metrics: empty bearer",
    endpoint: "metrics",
    method: "GET",
    headers: { authorization: "Bearer " },
    status: 401,
    message: /token/,
  },
  {
    name: "metrics: the token's first half",
    endpoint: "metrics",
    method: "GET",
    headers: { authorization: "Bearer $opsTokenHalf" },
    status: 401,
    message: /token/,
  },
  {
    name: "metrics: the token plus a character",
    endpoint: "metrics",
    method: "GET",
    headers: { authorization: "Bearer $opsToken!" },
    status: 401,
    message: /token/,
  },
  {
    name: "metrics: the token as Basic auth",
    endpoint: "metrics",
    method: "GET",
    headers: { authorization: "Basic $opsToken" },
    status: 401,
    message: /token/,
  },
  {
    name: "metrics: the token in the query string",
    endpoint: "metrics",
    method: "GET",
    query: "token=$opsToken",
    status: 401,
    message: /token/,
  },
  {
    name: "metrics: the identity cookie instead of the token",
    endpoint: "metrics",
    method: "GET",
    caller: "owner",
    status: 401,
    message: /token/,
  },
  {
    name: "weekly report: a guessed token",
    endpoint: "report",
    method: "GET",
    headers: { authorization: "Bearer password123password123password123" },
    status: 401,
    message: /token/,
  },
  { name: "analytics: no token", endpoint: "analytics", method: "GET", status: 401, message: /token/ },
  {
    name: "incidents: a token with a CR in it",
    endpoint: "incidents",
    method: "GET",
    headers: { authorization: "Bearer abc%0d%0aX-Admin: 1" },
    status: 401,
    message: /token/,
  },
];
