import type { ApiError } from "./api-client";

/** What went wrong, as the server said it, with one line per refused field. */
export function ErrorMessage({ error, id }: { error: ApiError | null; id?: string }) {
  if (!error) return null;
  return (
    <div
      id={id}
      role="alert"
      className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950/40 dark:text-red-200"
    >
      <p className="font-medium">{error.message}</p>
      {error.fields.length > 0 ? (
        <ul className="mt-1 list-disc space-y-0.5 pl-5" data-testid="field-errors">
          {error.fields.map((field) => (
            <li key={`${field.field}:${field.message}`}>
              {field.field ? <code className="font-mono">{field.field}</code> : null}
              {field.field ? ": " : null}
              {field.message}
            </li>
          ))}
        </ul>
      ) : null}
      {error.requestId && (error.status === null || error.status >= 500) ? (
        <p className="mt-1 text-xs">Request id: {error.requestId}</p>
      ) : null}
    </div>
  );
}
