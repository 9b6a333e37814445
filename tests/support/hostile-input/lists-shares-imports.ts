import { type HostileCase, nested, XSS } from "./types";

/** Listing, shared links, imports of plans kept in the browser, and session cookies. */
export const LISTS_SHARES_IMPORTS_CASES: HostileCase[] = [
  // Listing.
  { name: "list: limit 0", endpoint: "list", method: "GET", query: "limit=0", status: 400, message: /limit/ },
  { name: "list: limit 100000", endpoint: "list", method: "GET", query: "limit=100000", status: 400, message: /limit/ },
  {
    name: "list: unknown sort",
    endpoint: "list",
    method: "GET",
    query: `sort=${encodeURIComponent(XSS)}`,
    status: 400,
    message: /sort/,
  },
  {
    name: "list: forged cursor",
    endpoint: "list",
    method: "GET",
    query: "cursor=../../etc/passwd",
    status: 400,
    message: /cursor/,
  },
  {
    name: "list: 101-character search with NUL",
    endpoint: "list",
    method: "GET",
    query: `q=${encodeURIComponent(`\u0000${"a".repeat(100)}`)}`,
    status: 400,
    message: /q|search/,
  },

  // Shared links.
  {
    name: "shared: malformed token",
    endpoint: "shared",
    method: "GET",
    params: { token: "not-a-token" },
    status: 404,
    message: /link|shared/,
  },
  {
    name: "shared: traversal token",
    endpoint: "shared",
    method: "GET",
    params: { token: "../../../api/plans" },
    status: 404,
    message: /link|shared/,
  },
  {
    name: "shared: 10,000-character token",
    endpoint: "shared",
    method: "GET",
    params: { token: "A".repeat(10_000) },
    status: 404,
    message: /link|shared/,
  },
  {
    name: "shared: well-formed unknown token",
    endpoint: "shared",
    method: "GET",
    params: { token: "A".repeat(43) },
    status: 404,
    message: /link|shared/,
  },
  {
    name: "shared export: traversal format",
    endpoint: "sharedExport",
    method: "GET",
    params: { token: "$token", format: "../../package.json" },
    status: 404,
    message: /format|md|pdf/,
  },
  {
    name: "shared export: NUL in the format",
    endpoint: "sharedExport",
    method: "GET",
    params: { token: "$token", format: "pdf\u0000.md" },
    status: 404,
    message: /format|md|pdf/,
  },

  // Import of plans kept in the browser.
  {
    name: "import: missing signature",
    endpoint: "import",
    method: "POST",
    body: { record: {} },
    status: 400,
    message: /signature/,
  },
  {
    name: "import: forged signature",
    endpoint: "import",
    method: "POST",
    body: { record: { id: "x" }, signature: "A".repeat(43) },
    status: 400,
    message: /signature|plan/,
  },
  {
    name: "import: wrong content type",
    endpoint: "import",
    method: "POST",
    headers: { "content-type": "text/plain" },
    body: "{}",
    status: 415,
    message: /application\/json/,
  },
  {
    name: "import: 600 KB body",
    endpoint: "import",
    method: "POST",
    body: { record: "x".repeat(600_000), signature: "x" },
    status: 413,
    message: /larger than/,
  },
  {
    name: "import: 10,000 levels of nesting in the record",
    endpoint: "import",
    method: "POST",
    body: `{"record": ${nested(10_000)}, "signature": "x"}`,
    status: 400,
    message: /nested more than|record|plan|signature/,
  },

  // Session cookies exist in Firebase mode only.
  {
    name: "session: POST in local mode",
    endpoint: "session",
    method: "POST",
    body: { idToken: "a".repeat(40) },
    status: 404,
    message: /Firebase/,
  },
  { name: "session: DELETE in local mode", endpoint: "session", method: "DELETE", status: 404, message: /Firebase/ },
];
