import "server-only";
import { type OneNumberPath, oneNumberAt } from "@/lib/metrics/one-number-table";
import { requireOpsToken } from "@/lib/ops-auth/ops-token";
import { getStore } from "@/lib/store";
import { oneNumber } from "./one-number";
import { route } from "./route";

/** The GET handler of a one-number endpoint: ops token, then its reader's figure as text or JSON. */
export function oneNumberRoute(path: OneNumberPath) {
  const { read } = oneNumberAt(path);
  return route(async ({ request }) => {
    requireOpsToken(request);
    return oneNumber(request, await read({ store: getStore(), now: new Date() }));
  });
}
