import { randomBytes } from "node:crypto";

/** A user of the Auth emulator, signed in: what a browser would hold after the client SDK signed in. */
export interface EmulatorUser {
  uid: string;
  idToken: string;
  refreshToken: string;
}

interface TokenResponse {
  localId?: string;
  idToken?: string;
  refreshToken?: string;
  error?: { message?: string };
}

/** Calls the emulator's Identity Toolkit REST API the way the client SDK does (any API key works). */
async function identityToolkit(host: string, action: string, body: Record<string, unknown>): Promise<EmulatorUser> {
  const response = await fetch(`http://${host}/identitytoolkit.googleapis.com/v1/accounts:${action}?key=any`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...body, returnSecureToken: true }),
  });
  const json = (await response.json()) as TokenResponse;
  if (!response.ok || !json.localId || !json.idToken || !json.refreshToken) {
    throw new Error(`accounts:${action} failed: HTTP ${response.status} ${json.error?.message ?? JSON.stringify(json)}`);
  }
  return { uid: json.localId, idToken: json.idToken, refreshToken: json.refreshToken };
}

export function signUpAnonymously(host: string): Promise<EmulatorUser> {
  return identityToolkit(host, "signUp", {});
}

/** A fresh address every call, so test files sharing an emulator never collide. */
export function uniqueEmail(): string {
  return `user-${randomBytes(6).toString("hex")}@example.com`;
}

export function signUpWithEmail(host: string, email: string, password: string): Promise<EmulatorUser> {
  return identityToolkit(host, "signUp", { email, password });
}

export function signInWithPassword(host: string, email: string, password: string): Promise<EmulatorUser> {
  return identityToolkit(host, "signInWithPassword", { email, password });
}

/**
 * Links email and password to a signed-in (anonymous) user: what linkWithCredential
 * does in the browser, and the same account update as linking Google with a popup.
 * The uid stays; the new ID token says the user is registered.
 */
export function linkEmailPassword(host: string, user: EmulatorUser, email: string, password: string): Promise<EmulatorUser> {
  return identityToolkit(host, "update", { idToken: user.idToken, email, password });
}

/** The token with one character of its payload changed: still a well-formed JWT, no longer the one Auth issued. */
export function tamperedToken(idToken: string): string {
  const [header = "", payload = "", signature = ""] = idToken.split(".");
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { sub: string; user_id: string };
  const last = claims.sub.at(-1) === "A" ? "B" : "A";
  const forged = { ...claims, sub: `${claims.sub.slice(0, -1)}${last}`, user_id: `${claims.user_id.slice(0, -1)}${last}` };
  return [header, Buffer.from(JSON.stringify(forged)).toString("base64url"), signature].join(".");
}
