"use client";

import { type FormEvent, useId, useState } from "react";
import { callApi } from "./api-client";
import { ErrorMessage } from "./error-message";
import { useApiAction } from "./use-api-action";

/**
 * Local mode keeps plans in the browser that wrote them. This says so, and
 * moves them to another browser with a one-time code that expires.
 */
export function TransferPanel({ mode }: { mode: "local" | "firebase" }) {
  const make = useApiAction();
  const redeem = useApiAction();
  const [made, setMade] = useState<{ code: string; expiresAt: string } | null>(null);
  const [code, setCode] = useState("");
  const fieldId = useId();

  if (mode === "firebase") {
    return (
      <p className="text-sm muted" data-testid="plans-device-note">
        Sign in with Google to see your plans on every device you sign in on.
      </p>
    );
  }

  const create = async () => {
    const answer = await make.run((signal) =>
      callApi<{ code: string; expiresAt: string }>("/api/plans/transfer", { method: "POST", body: {}, signal }),
    );
    if (answer) setMade(answer);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await redeem.run((signal) =>
      callApi<{ ok: true }>("/api/plans/transfer/redeem", { method: "POST", body: { code: code.trim() }, signal }),
    );
    if (answer) window.location.assign("/plans");
  };

  return (
    <details className="text-sm" data-testid="plans-device-note">
      <summary className="cursor-pointer">Your plans are kept in this browser only. Open them on another device…</summary>
      <div className="mt-2 space-y-3">
        <p>
          Make a one-time code here and type it on the other browser (it works once, for 15 minutes). That browser then sees these
          plans too.
        </p>
        <button type="button" className="btn-secondary" onClick={create} disabled={make.busy}>
          {make.busy ? "Making a code…" : "Make a one-time code"}
        </button>
        {made ? (
          <p role="status">
            Code:{" "}
            <code className="font-mono text-base font-semibold" data-testid="transfer-code">
              {made.code}
            </code>{" "}
            (until {new Date(made.expiresAt).toLocaleTimeString()})
          </p>
        ) : null}
        <ErrorMessage error={make.error} />
        <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor={fieldId} className="field-label">
              Have a code from another browser?
            </label>
            <input id={fieldId} className="input font-mono" value={code} onChange={(e) => setCode(e.target.value)} />
          </div>
          <button type="submit" className="btn-secondary" disabled={redeem.busy || code.trim() === ""}>
            Add those plans here
          </button>
        </form>
        <ErrorMessage error={redeem.error} />
      </div>
    </details>
  );
}
