/**
 * How the browser reads the API's refusals: the one error body
 * `{error: {code, message, fields?, requestId}}` becomes an ApiError carrying
 * the server's message (already written for people) and its field problems.
 */
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

/** The ApiError for a non-2xx answer; `notFoundMessage` words a 404 for its context. */
export async function apiErrorFrom(response: Response, notFoundMessage?: string): Promise<ApiError> {
  const requestId = response.headers.get("x-request-id");
  const fallback =
    response.status === 404 && notFoundMessage
      ? notFoundMessage
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
