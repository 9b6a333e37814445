import { initializeApp } from "firebase-admin/app";
import { getAuth } from "firebase-admin/auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/plans/[id]/route";
import { POST } from "@/app/api/plans/generate/route";
import { resetEnvForTests } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { readSseEvents } from "@/lib/http/sse-parser";
import type { PlanRecord } from "@/lib/plans/schema";
import { getStore } from "@/lib/store";
import { startAuthEmulator } from "@/tests/support/auth-emulator";
import {
  type EmulatorUser,
  linkEmailPassword,
  signInWithPassword,
  signUpAnonymously,
  signUpWithEmail,
  tamperedToken,
  uniqueEmail,
} from "@/tests/support/auth-emulator-users";
import { useLocalApp } from "@/tests/support/local-app";
import { identify, requireIdentity } from "./index";

const emulator = await startAuthEmulator();
const skipReason = "skipped" in emulator ? emulator.skipped : null;
if (skipReason) console.warn(`\n[auth-emulator] SKIPPING the Firebase identity and Firebase-mode route tests: ${skipReason}\n`);

afterAll(async () => {
  if (!("skipped" in emulator)) await emulator.stop();
});

const host = () => ("skipped" in emulator ? "" : emulator.host);
// With useLocalApp: SQLite in a temp directory, the built-in planner (no Gemini key), Firebase Auth on the emulator.
const firebaseEnv: Record<string, string> =
  "skipped" in emulator
    ? {}
    : { AUTH_MODE: "firebase", FIREBASE_AUTH_EMULATOR_HOST: emulator.host, GOOGLE_CLOUD_PROJECT: emulator.projectId };
const request = (authorization?: string) =>
  new Request("http://localhost/api/plans", { headers: authorization ? { authorization } : {} });
const admin = () =>
  getAuth(initializeApp({ projectId: "skipped" in emulator ? "none" : emulator.projectId }, `test-${Date.now()}`));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const bearer = (user?: EmulatorUser): Record<string, string> => (user ? { authorization: `Bearer ${user.idToken}` } : {});

function generate(user?: EmulatorUser) {
  return POST(
    new Request("http://localhost/api/plans/generate", {
      method: "POST",
      headers: { "content-type": "application/json", ...bearer(user) },
      body: JSON.stringify({
        businessDescription: "A family-run bakery in Leeds selling sourdough to cafes and at two markets.",
      }),
    }),
  );
}

const getPlan = (id: string, user?: EmulatorUser) =>
  GET(new Request(`http://localhost/api/plans/${id}`, { headers: bearer(user) }), { params: Promise.resolve({ id }) });

async function generatedPlan(user: EmulatorUser): Promise<PlanRecord> {
  const response = await generate(user);
  expect(response.status).toBe(200);
  expect(response.headers.get("set-cookie")).toBeNull();
  const last = (await readSseEvents(response)).at(-1);
  expect(last?.event).toBe("plan");
  return last?.data as PlanRecord;
}

describe.skipIf(skipReason !== null)("Firebase identity against the Auth emulator", () => {
  let cleanup: () => Promise<void>;
  beforeAll(() => {
    cleanup = useLocalApp(firebaseEnv);
  });
  afterAll(() => cleanup());

  it("knows an anonymous browser by the uid of its ID token, on reads and writes", async () => {
    const user = await signUpAnonymously(host());
    for (const write of [false, true]) {
      expect(await identify(request(`Bearer ${user.idToken}`), { write })).toEqual({ userId: user.uid, kind: "anonymous" });
    }
  });

  it("calls an email/password user registered", async () => {
    const user = await signUpWithEmail(host(), uniqueEmail(), "correct horse battery");
    expect(await identify(request(`Bearer ${user.idToken}`), { write: true })).toEqual({ userId: user.uid, kind: "registered" });
  });

  it("gives no identity without a token or with a malformed one, and requireIdentity answers 401 with a way forward", async () => {
    for (const header of [undefined, "Bearer", "Bearer short", "Basic dXNlcjpwYXNz", "Bearer not.a.jwt-but-long-enough"]) {
      expect(await identify(request(header), { write: false })).toBeNull();
    }
    const refusal = await requireIdentity(request(), { write: true }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    const response = (refusal as AppError).toResponse("req-1");
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="marketplanai"');
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
  });

  // Emulator tokens carry no signature, so firebase-admin cannot tell an edit that keeps the
  // claims valid (with a real project the RS256 signature refuses any edit). These edits are
  // caught here too: a payload that no longer decodes, and a uid that is not the one Auth issued.
  it("refuses a tampered token: a changed payload character, or another uid written into the claims", async () => {
    const user = await signUpAnonymously(host());
    const [header, payload = "", signature] = user.idToken.split(".");
    const flipped = `${payload.startsWith("e") ? "f" : "e"}${payload.slice(1)}`;
    for (const token of [[header, flipped, signature].join("."), tamperedToken(user.idToken)]) {
      expect(await identify(request(`Bearer ${token}`), { write: false })).toBeNull();
      expect(await identify(request(`Bearer ${token}`), { write: true })).toBeNull();
      await expect(requireIdentity(request(`Bearer ${token}`), { write: true })).rejects.toMatchObject({ status: 401 });
    }
  });

  it("refuses a revoked user's old token on writes, and a fresh sign-in works again", async () => {
    const email = uniqueEmail();
    const user = await signUpWithEmail(host(), email, "correct horse battery");
    // Revocation compares whole seconds: a token issued in the same second would still pass.
    await pause(1_100);
    await admin().revokeRefreshTokens(user.uid);
    await pause(1_100);
    expect(await identify(request(`Bearer ${user.idToken}`), { write: true })).toBeNull();
    // Reads do not ask Auth in production, so a revoked token reads until it expires (at most an hour).
    // Against the emulator firebase-admin checks revocation on every verification, so reads are refused too.
    expect(await identify(request(`Bearer ${user.idToken}`), { write: false })).toBeNull();
    const again = await signInWithPassword(host(), email, "correct horse battery");
    expect(await identify(request(`Bearer ${again.idToken}`), { write: true })).toEqual({ userId: user.uid, kind: "registered" });
  });

  it("refuses a disabled user", async () => {
    const user = await signUpAnonymously(host());
    await admin().updateUser(user.uid, { disabled: true });
    expect(await identify(request(`Bearer ${user.idToken}`), { write: true })).toBeNull();
  });

  it("reports Auth being unreachable as a server error, not as 'sign in again'", async () => {
    const user = await signUpAnonymously(host());
    const saved = process.env.FIREBASE_AUTH_EMULATOR_HOST;
    process.env.FIREBASE_AUTH_EMULATOR_HOST = "127.0.0.1:9";
    resetEnvForTests();
    try {
      await expect(identify(request(`Bearer ${user.idToken}`), { write: true })).rejects.toThrow(/could not verify/);
    } finally {
      process.env.FIREBASE_AUTH_EMULATOR_HOST = saved;
      resetEnvForTests();
    }
  });
});

describe.skipIf(skipReason !== null)("plan routes in Firebase mode (Auth emulator)", () => {
  let cleanup: () => Promise<void>;
  // SQLite, the built-in planner (no Gemini key), Firebase Auth on the emulator.
  beforeAll(() => {
    cleanup = useLocalApp(firebaseEnv);
  });
  afterAll(() => cleanup());

  it("refuses to generate without an ID token: 401 with WWW-Authenticate, nothing saved", async () => {
    const before = await getStore().countPlans();
    const response = await generate();
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="marketplanai"');
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(await response.json()).toMatchObject({ error: { code: "unauthorized" } });
    expect(await getStore().countPlans()).toBe(before);
  });

  it("streams a plan owned by the token's uid, which its owner can read and nobody else can", async () => {
    const owner = await signUpAnonymously(host());
    const plan = await generatedPlan(owner);
    expect(plan.ownerId).toBe(owner.uid);
    expect((await getStore().getPlanById({ id: plan.id }))?.ownerId).toBe(owner.uid);

    const mine = await getPlan(plan.id, owner);
    expect(mine.status).toBe(200);
    expect(((await mine.json()) as PlanRecord).id).toBe(plan.id);

    const stranger = await getPlan(plan.id, await signUpAnonymously(host()));
    expect(stranger.status).toBe(404);
    expect(await stranger.json()).toMatchObject({ error: { code: "not_found", message: "No plan with that id." } });
    expect((await getPlan(plan.id)).status).toBe(401);
  });

  it("keeps an anonymous user's plans when the account is upgraded (linking keeps the uid)", async () => {
    const anonymous = await signUpAnonymously(host());
    const plan = await generatedPlan(anonymous);
    const email = uniqueEmail();
    const linked = await linkEmailPassword(host(), anonymous, email, "correct horse battery");
    expect(linked.uid).toBe(anonymous.uid);
    // Setting a password revokes older sessions, and the emulator's link answer keeps the old
    // auth_time, so its token reads as revoked (firebase-tools behaviour, e.g.
    // invertase/react-native-firebase#6579). Signing in again gives the same uid a fresh session.
    // Linking Google (no password) does not revoke.
    const registered = await signInWithPassword(host(), email, "correct horse battery");
    expect(registered.uid).toBe(anonymous.uid);
    const request = new Request("http://localhost/api/plans", { headers: bearer(registered) });
    expect(await identify(request, { write: true })).toEqual({ userId: anonymous.uid, kind: "registered" });

    const response = await getPlan(plan.id, registered);
    expect(response.status).toBe(200);
    expect(((await response.json()) as PlanRecord).ownerId).toBe(anonymous.uid);
    const next = await generatedPlan(registered);
    expect(next.ownerId).toBe(anonymous.uid);
  });
});
