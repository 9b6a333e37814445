"use client";

import { useRouter } from "next/navigation";
import { useCallback, useTransition } from "react";

/**
 * Re-renders the page's server data after a change, inside a transition: state
 * updates passed along (closing an editor, a status line) commit together with
 * the fresh plan, so nobody sees "Saved" beside the old text. `refreshing` is
 * true until then.
 */
export function useRefresh() {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const refresh = useCallback(
    (alongside?: () => void) =>
      startTransition(() => {
        alongside?.();
        router.refresh();
      }),
    [router],
  );
  return { refresh, refreshing };
}
