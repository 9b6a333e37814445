import type { FailureKind, GenerationFailure } from "./generation-state";
import { RetryCountdown } from "./retry-countdown";

const TITLES: Record<FailureKind, string> = {
  offline: "You are offline",
  network: "Could not reach the server",
  interrupted: "The connection dropped",
  refused: "Some details need a change",
  busy: "Too many requests just now",
  server: "The plan could not be written",
  blocked: "The model would not write this plan",
};

interface FailurePanelProps {
  failure: GenerationFailure;
  online: boolean;
  onRetry: () => void;
  onEdit: () => void;
}

/** How a generation failed, in plain words, with the one next step that fits. */
export function FailurePanel({ failure, online, onRetry, onEdit }: FailurePanelProps) {
  const fixInput = failure.kind === "refused" || failure.kind === "blocked";
  return (
    <div
      role="alert"
      data-testid="generation-failure"
      data-kind={failure.kind}
      className="space-y-3 rounded-md border border-red-300 bg-red-50 p-3 text-red-900 dark:border-red-800 dark:bg-red-950/50 dark:text-red-100"
    >
      <div>
        <p className="font-semibold">{TITLES[failure.kind]}</p>
        <p>{failure.message}</p>
        {failure.kind === "refused" ? <p>The fields to fix are marked in the form below.</p> : null}
        {failure.kind === "busy" && failure.retryAfterSeconds ? <RetryCountdown seconds={failure.retryAfterSeconds} /> : null}
        {failure.requestId ? <p className="mt-1 text-xs">Request id: {failure.requestId}</p> : null}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        {fixInput ? (
          <button type="button" className="btn-secondary" onClick={onEdit}>
            {failure.kind === "blocked" ? "Edit the description" : "Fix the details"}
          </button>
        ) : (
          <button type="button" className="btn-primary" onClick={onRetry} disabled={!online}>
            Try again
          </button>
        )}
        {!fixInput && !online ? <p className="text-sm">“Try again” comes back when you are online.</p> : null}
      </div>
    </div>
  );
}
