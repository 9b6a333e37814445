import "server-only";
import { cookies } from "next/headers";
import { isValidOpsSession, OPS_SESSION_COOKIE } from "./ops-session";
import { loadOpsToken } from "./ops-token";

/** For server-rendered /ops pages: does this visitor hold a valid dashboard session? */
export async function hasOpsSession(): Promise<boolean> {
  const jar = await cookies();
  return isValidOpsSession(jar.get(OPS_SESSION_COOKIE)?.value, loadOpsToken().token);
}
