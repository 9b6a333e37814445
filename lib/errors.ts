import { ZodError } from "zod";

export type ErrorCode =
  | "bad_request"
  | "invalid_json"
  | "validation_failed"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "gone"
  | "payload_too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "ai_blocked"
  | "ai_failed"
  | "store_unavailable"
  | "overloaded"
  | "internal";

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  invalid_json: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  ai_blocked: 422,
  ai_failed: 502,
  store_unavailable: 503,
  overloaded: 503,
  internal: 500,
};

export interface FieldIssue {
  /** Dotted path of the field, e.g. `monthlyBudget.currency`; empty for the body itself. */
  field: string;
  message: string;
}

/**
 * The one error type. It knows its HTTP status and how to render itself;
 * `expose` decides whether the message may reach a client.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields: FieldIssue[];
  readonly expose: boolean;
  readonly headers: Record<string, string>;

  constructor(
    code: ErrorCode,
    message: string,
    options: { fields?: FieldIssue[]; cause?: unknown; expose?: boolean; headers?: Record<string, string> } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.status = STATUS[code];
    this.fields = options.fields ?? [];
    this.expose = options.expose ?? this.status < 500;
    this.headers = options.headers ?? {};
  }

  static fromZod(error: ZodError, what = "The request"): AppError {
    const fields = error.issues.map((issue) => ({
      field: issue.path.join("."),
      message: issue.code === "unrecognized_keys" ? `Unknown field(s): ${issue.keys.join(", ")}.` : issue.message,
    }));
    const first = fields[0];
    const summary = first ? `${first.field ? `${first.field}: ` : ""}${first.message}` : "invalid";
    return new AppError("validation_failed", `${what} is invalid. ${summary}`, { fields });
  }

  /** JSON body for a client: internal errors become a generic message with the request id. */
  toBody(requestId: string) {
    return {
      error: {
        code: this.expose ? this.code : "internal",
        message: this.expose ? this.message : "Something went wrong on our side. Quote the request id if you contact us.",
        ...(this.expose && this.fields.length > 0 ? { fields: this.fields } : {}),
        requestId,
      },
    };
  }

  toResponse(requestId: string): Response {
    return Response.json(this.toBody(requestId), {
      status: this.status,
      headers: { "x-request-id": requestId, "cache-control": "no-store", ...this.headers },
    });
  }
}

/** Anything thrown becomes an AppError; unknown errors are internal and never exposed. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return AppError.fromZod(error);
  return new AppError("internal", error instanceof Error ? error.message : String(error), { cause: error });
}
