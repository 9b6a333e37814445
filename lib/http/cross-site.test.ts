import { describe, expect, it } from "vitest";
import { crossSiteRefusal } from "./cross-site";

const APP = "http://127.0.0.1:3000";

interface Case {
  name: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  refused: boolean;
}

/** Browsers name the sending page in Origin (or Sec-Fetch-Site); programs send neither. */
const CASES: Case[] = [
  {
    name: "a POST from the app's own page",
    method: "POST",
    path: "/api/plans/p1/share",
    headers: { origin: APP },
    refused: false,
  },
  {
    name: "a POST from another site",
    method: "POST",
    path: "/api/plans/p1/share",
    headers: { origin: "https://evil.example" },
    refused: true,
  },
  {
    name: "a POST from a sibling subdomain (same site, other origin)",
    method: "POST",
    path: "/api/plans/p1/restore",
    headers: { origin: "http://evil.127.0.0.1:3000" },
    refused: true,
  },
  {
    name: "a DELETE from another port",
    method: "DELETE",
    path: "/api/plans/p1",
    headers: { origin: "http://127.0.0.1:3001" },
    refused: true,
  },
  {
    name: "a PUT from an opaque origin (sandboxed iframe, data: URL)",
    method: "PUT",
    path: "/api/plans/p1/sections/goals",
    headers: { origin: "null" },
    refused: true,
  },
  {
    name: "a PATCH with only Sec-Fetch-Site: cross-site",
    method: "PATCH",
    path: "/api/plans/p1",
    headers: { "sec-fetch-site": "cross-site" },
    refused: true,
  },
  {
    name: "a POST with only Sec-Fetch-Site: same-site",
    method: "POST",
    path: "/api/plans/import",
    headers: { "sec-fetch-site": "same-site" },
    refused: true,
  },
  {
    name: "a POST with only Sec-Fetch-Site: same-origin",
    method: "POST",
    path: "/api/plans/generate",
    headers: { "sec-fetch-site": "same-origin" },
    refused: false,
  },
  { name: "a POST from a program (neither header)", method: "POST", path: "/api/plans/generate", headers: {}, refused: false },
  {
    name: "a cross-site GET (reads change nothing)",
    method: "GET",
    path: "/api/plans",
    headers: { origin: "https://evil.example" },
    refused: false,
  },
  {
    name: "a cross-site POST to an ops endpoint (bearer token, not cookies)",
    method: "POST",
    path: "/api/metrics",
    headers: { origin: "https://evil.example" },
    refused: false,
  },
  {
    name: "a cross-site POST to a page path (not the API)",
    method: "POST",
    path: "/plans",
    headers: { origin: "https://evil.example" },
    refused: false,
  },
];

describe("crossSiteRefusal", () => {
  it.each(CASES)("$name: refused=$refused", ({ method, path, headers, refused }) => {
    const request = new Request(`${APP}${path}`, { method, headers: { host: "127.0.0.1:3000", ...headers } });
    const reason = crossSiteRefusal(request);
    expect(reason !== null).toBe(refused);
    if (reason) expect(reason).toMatch(/another site/);
  });

  it("behind App Hosting's proxy the forwarded host is this site's origin", () => {
    const request = new Request("http://10.0.0.7:8080/api/plans/p1/share", {
      method: "POST",
      headers: { origin: "https://marketplan-ai.com", "x-forwarded-host": "marketplan-ai.com", "x-forwarded-proto": "https" },
    });
    expect(crossSiteRefusal(request)).toBeNull();
    const http = new Request("http://10.0.0.7:8080/api/plans/p1/share", {
      method: "POST",
      headers: { origin: "http://marketplan-ai.com", "x-forwarded-host": "marketplan-ai.com", "x-forwarded-proto": "https" },
    });
    expect(crossSiteRefusal(http)).toMatch(/another site \(http:\/\/marketplan-ai\.com\)/);
  });
});
