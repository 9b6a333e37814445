"use client";

import { useEffect, useState } from "react";
import { waitInWords } from "@/lib/limits/limit-messages";

/** "Try again in 42 seconds", counting down from the server's Retry-After; "now" once it has passed. */
export function RetryCountdown({ seconds }: { seconds: number }) {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    setLeft(seconds);
    const endsAt = Date.now() + seconds * 1000;
    const timer = window.setInterval(() => {
      const remaining = Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
      setLeft(remaining);
      if (remaining === 0) window.clearInterval(timer);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [seconds]);
  return (
    <p data-testid="retry-countdown" aria-live="off">
      {left > 0 ? `Try again in ${waitInWords(left)}.` : "You can try again now."}
    </p>
  );
}
