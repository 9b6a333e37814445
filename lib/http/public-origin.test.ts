import { describe, expect, it } from "vitest";
import { publicOrigin } from "./public-origin";

describe("publicOrigin", () => {
  it("prefers the forwarded host and protocol of a proxy", () => {
    const request = new Request("http://10.0.0.7:8080/api/x", {
      headers: { "x-forwarded-host": "marketplan-ai.com", "x-forwarded-proto": "https" },
    });
    expect(publicOrigin(request)).toBe("https://marketplan-ai.com");
  });

  it("uses the Host header the browser sent, and ignores malformed forwarded values", () => {
    expect(publicOrigin(new Request("http://localhost:3000/x", { headers: { host: "127.0.0.1:3000" } }))).toBe(
      "http://127.0.0.1:3000",
    );
    const evil = new Request("http://localhost:3000/x", {
      headers: { "x-forwarded-host": "evil.com/<script>", "x-forwarded-proto": "javascript" },
    });
    expect(publicOrigin(evil)).toBe("http://localhost:3000");
  });
});
