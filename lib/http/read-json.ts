import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { exceedsJsonDepth, MAX_JSON_DEPTH } from "./json-depth";

const kib = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/**
 * Reads a JSON body of at most `maxBytes` (413 beyond, whether or not a
 * Content-Length was sent) and nested at most MAX_JSON_DEPTH deep, and validates
 * it, with field-level messages on 400.
 */
export async function readJsonBody<S extends z.ZodTypeAny>(
  request: Request,
  schema: S,
  options: { maxBytes: number; what?: string },
): Promise<z.output<S>> {
  const { maxBytes, what = "The request body" } = options;
  const tooLarge = () => new AppError("payload_too_large", `${what} is larger than ${kib(maxBytes)}. Shorten it and try again.`);
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type)) {
    throw new AppError("unsupported_media_type", "Send the body as JSON with Content-Type: application/json.");
  }
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();

  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") throw new AppError("invalid_json", `${what} is empty: send a JSON object.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("invalid_json", `${what} is not valid JSON. Check for a missing quote, comma or brace.`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new AppError("invalid_json", `${what} must be a JSON object.`);
  }
  if (exceedsJsonDepth(json)) {
    throw new AppError("invalid_json", `${what} is nested more than ${MAX_JSON_DEPTH} levels deep: send a flatter JSON object.`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw AppError.fromZod(parsed.error, what);
  return parsed.data;
}
