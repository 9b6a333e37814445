"use client";

import { useEffect, useRef, useState } from "react";
import { useOnline } from "./use-online";

export const SUBMIT_BUTTON_ID = "plan-submit";

/**
 * Says so as soon as the browser goes offline (before anyone presses "Write my plan", which waits
 * until the connection is back), and says so again when it is back.
 */
export function ConnectionBanner() {
  const online = useOnline();
  const [backOnline, setBackOnline] = useState(false);
  const [checks, setChecks] = useState(0);
  const wasOffline = useRef(false);

  useEffect(() => {
    if (!online) {
      wasOffline.current = true;
      setBackOnline(false);
      setChecks(0);
    } else if (wasOffline.current) {
      wasOffline.current = false;
      setBackOnline(true);
    }
  }, [online]);

  return (
    <div role="status" data-testid="connection-banner" data-online={online}>
      {!online ? (
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4 dark:border-amber-800 dark:bg-amber-950/40">
          <p>
            <span className="font-semibold">You are offline.</span> Check your Wi-Fi or mobile data. Keep filling in the form: it
            stays here. Writing the plan needs a connection, so “Write my plan” waits until you are back.
            {checks > 0 ? ` Still offline (checked ${checks} time${checks === 1 ? "" : "s"}).` : null}
          </p>
          {/* navigator.onLine is read again on every render; the online event also ends this state by itself. */}
          <button type="button" className="btn-secondary" onClick={() => setChecks((n) => n + 1)}>
            Check again
          </button>
        </div>
      ) : backOnline ? (
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-800 dark:bg-emerald-950/40">
          <p>
            <span className="font-semibold">You are back online.</span> You can write your plan now.
          </p>
          <button
            type="button"
            className="btn-secondary"
            onClick={() => {
              setBackOnline(false);
              document.getElementById(SUBMIT_BUTTON_ID)?.focus();
            }}
          >
            Continue
          </button>
        </div>
      ) : null}
    </div>
  );
}
