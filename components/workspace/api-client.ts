import { authorizedFetch } from "@/lib/auth/client/firebase-client";

export interface FieldProblem {
  field: string;
  message: string;
}

/** A refused or failed API call, with the server's message (already written for people) and its field errors. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly fields: FieldProblem[] = [],
    readonly requestId: string | null = null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

async function refusal(response: Response): Promise<ApiError> {
  const requestId = response.headers.get("x-request-id");
  const fallback =
    response.status === 404
      ? "This plan no longer exists, or it is not yours. Reload the page."
      : `The server answered ${response.status}. Try again in a moment.`;
  try {
    const body = (await response.json()) as { error?: { message?: unknown; fields?: unknown; requestId?: unknown } };
    const error = body.error ?? {};
    const fields = Array.isArray(error.fields)
      ? error.fields.filter((f): f is FieldProblem => typeof f?.field === "string" && typeof f?.message === "string")
      : [];
    return new ApiError(
      typeof error.message === "string" ? error.message : fallback,
      response.status,
      fields,
      typeof error.requestId === "string" ? error.requestId : requestId,
    );
  } catch {
    return new ApiError(fallback, response.status, [], requestId);
  }
}

/**
 * Calls the app's own API through authorizedFetch (the ID token in Firebase mode,
 * the identity cookie in local mode) and returns the JSON answer; throws ApiError.
 * An abort is rethrown as the AbortError it is, so callers can tell it apart.
 */
export async function callApi<T>(
  path: string,
  options: { method?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await authorizedFetch(path, {
      method: options.method ?? "GET",
      headers: options.body === undefined ? { accept: "application/json" } : { "content-type": "application/json" },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      cache: "no-store",
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    const message = error instanceof Error && error.name === "ClientAuthError" ? error.message : null;
    throw new ApiError(message ?? "Could not reach the server. Check your connection and try again.", null);
  }
  if (!response.ok) throw await refusal(response);
  return (await response.json()) as T;
}

export const planPath = (id: string, rest = "") => `/api/plans/${encodeURIComponent(id)}${rest}`;

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}

/** The message to show for anything a call threw. */
export function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError("Something went wrong. Try again.", null);
}
