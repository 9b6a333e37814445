"use client";

import { useId, useState } from "react";
import { smallButton } from "@/components/workspace/button-styles";
import type { IncidentRow } from "@/lib/ops/dashboard/types";

type Action = "acknowledge" | "updates" | "resolve";

/**
 * Acknowledge, update and resolve through the incidents API, authorised by the
 * dashboard's session cookie (the browser adds Origin, which the API checks).
 */
async function post(id: string, action: Action, body: object): Promise<string | null> {
  const response = await fetch(`/api/incidents/${encodeURIComponent(id)}/${action}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    credentials: "same-origin",
    body: JSON.stringify(body),
  });
  if (response.ok) return null;
  const answer = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return answer?.error?.message ?? `The incidents API answered ${response.status}.`;
}

export function IncidentActions({ incident, onChanged }: { incident: IncidentRow; onChanged: () => void }) {
  const id = useId();
  const [message, setMessage] = useState("");
  const [status, setStatus] = useState(incident.status === "investigating" ? "identified" : incident.status);
  const [isPublic, setIsPublic] = useState(true);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const run = async (action: Action) => {
    if (action !== "acknowledge" && message.trim() === "") {
      setResult({ ok: false, text: "Write a message first: it goes into the incident's timeline." });
      return;
    }
    setBusy(true);
    const body =
      action === "acknowledge"
        ? {}
        : action === "updates"
          ? { status, body: message, public: isPublic }
          : { body: message, public: isPublic };
    const error = await post(incident.id, action, body).catch(() => "The incidents API could not be reached.");
    setBusy(false);
    setResult(error ? { ok: false, text: error } : { ok: true, text: "Saved." });
    if (!error) {
      setMessage("");
      onChanged();
    }
  };

  return (
    <div className="space-y-2">
      <label htmlFor={`${id}-message`} className="field-label">
        Message
      </label>
      <textarea id={`${id}-message`} className="input min-h-16" value={message} onChange={(e) => setMessage(e.target.value)} />
      <div className="flex flex-wrap items-center gap-3">
        <label htmlFor={`${id}-status`} className="text-sm font-medium">
          New status
        </label>
        <select id={`${id}-status`} className="input mt-0 w-auto" value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="investigating">Investigating</option>
          <option value="identified">Identified</option>
          <option value="monitoring">Monitoring</option>
        </select>
        <label className="inline-flex items-center gap-2 text-sm">
          <input type="checkbox" checked={isPublic} onChange={(e) => setIsPublic(e.target.checked)} />
          Show on the status page
        </label>
      </div>
      <div className="flex flex-wrap gap-2">
        {incident.acknowledgedAt ? null : (
          <button type="button" className={smallButton} disabled={busy} onClick={() => run("acknowledge")}>
            Acknowledge
          </button>
        )}
        <button type="button" className={smallButton} disabled={busy} onClick={() => run("updates")}>
          Post update
        </button>
        <button type="button" className={smallButton} disabled={busy} onClick={() => run("resolve")}>
          Resolve
        </button>
      </div>
      {result ? (
        <p role={result.ok ? "status" : "alert"} className={result.ok ? "text-sm" : "field-error"}>
          {result.text}
        </p>
      ) : null}
    </div>
  );
}
