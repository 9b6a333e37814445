import { afterEach, describe, expect, it } from "vitest";
import { getEnv, resetEnvForTests } from "./env";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
});

function envWith(values: Record<string, string | undefined>) {
  process.env = { ...saved };
  for (const key of ["FIREBASE_AUTH_EMULATOR_HOST", "FIRESTORE_EMULATOR_HOST", "AUTH_MODE", "ALLOW_EMULATORS_IN_PRODUCTION"]) {
    delete process.env[key];
  }
  Object.assign(process.env, values);
  resetEnvForTests();
  return () => getEnv();
}

describe("emulators under NODE_ENV=production", () => {
  it("refuses the Auth emulator, naming the variable and the way out", () => {
    const read = envWith({ NODE_ENV: "production", FIREBASE_AUTH_EMULATOR_HOST: "127.0.0.1:9099" });
    expect(read).toThrow(/FIREBASE_AUTH_EMULATOR_HOST set under NODE_ENV=production.*ALLOW_EMULATORS_IN_PRODUCTION=true/s);
  });

  it("refuses the Firestore emulator behind Firebase sign-in, not behind the local cookie", () => {
    const firebase = envWith({ NODE_ENV: "production", FIRESTORE_EMULATOR_HOST: "127.0.0.1:8080", AUTH_MODE: "firebase" });
    expect(firebase).toThrow(/FIRESTORE_EMULATOR_HOST \(with Firebase sign-in\)/);
    const local = envWith({ NODE_ENV: "production", FIRESTORE_EMULATOR_HOST: "127.0.0.1:8080" });
    expect(local().store).toBe("firestore");
  });

  it("allows them when a test set-up says so, and in development", () => {
    const allowed = envWith({
      NODE_ENV: "production",
      FIREBASE_AUTH_EMULATOR_HOST: "127.0.0.1:9099",
      ALLOW_EMULATORS_IN_PRODUCTION: "true",
    });
    expect(allowed().authMode).toBe("firebase");
    const development = envWith({ NODE_ENV: "development", FIREBASE_AUTH_EMULATOR_HOST: "127.0.0.1:9099" });
    expect(development().authMode).toBe("firebase");
  });
});
