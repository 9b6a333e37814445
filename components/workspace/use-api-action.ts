"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { type ApiError, isAbort, toApiError } from "./api-client";

/**
 * One API action a control performs: busy while it runs, the error it ended with,
 * and a way to stop it (the fetch is aborted, which also stops a model call).
 * Unmounting the control aborts what it started.
 */
export function useApiAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(async <T>(call: (signal: AbortSignal) => Promise<T>): Promise<T | null> => {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    setBusy(true);
    setError(null);
    try {
      return await call(own.signal);
    } catch (caught) {
      if (!isAbort(caught)) setError(toApiError(caught));
      return null;
    } finally {
      if (controller.current === own) {
        controller.current = null;
        setBusy(false);
      }
    }
  }, []);

  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setBusy(false);
  }, []);

  const reset = useCallback(() => setError(null), []);

  useEffect(() => () => controller.current?.abort(), []);

  return { run, busy, error, cancel, reset };
}
