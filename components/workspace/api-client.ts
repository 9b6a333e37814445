import { authorizedFetch } from "@/lib/auth/client/firebase-client";
import { ApiError, apiErrorFrom } from "@/lib/http/api-error";

export { ApiError, type FieldProblem } from "@/lib/http/api-error";

const PLAN_GONE = "This plan no longer exists, or it is not yours. Reload the page.";

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
  if (!response.ok) throw await apiErrorFrom(response, PLAN_GONE);
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
