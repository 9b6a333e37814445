import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/read-json";
import type { Incident } from "@/lib/store/types";
import { incidentTargets } from "./targets";

const MAX_BODY_BYTES = 16_384;

/** A JSON body; for the endpoints whose fields are all optional, no body at all counts as `{}`. */
export async function readIncidentBody<S extends z.ZodTypeAny>(
  request: Request,
  schema: S,
  what: string,
  options: { optional?: boolean } = {},
): Promise<z.output<S>> {
  const empty = request.body === null || request.headers.get("content-length") === "0";
  if (options.optional && empty) {
    const parsed = schema.safeParse({});
    if (!parsed.success) throw AppError.fromZod(parsed.error, what);
    return parsed.data;
  }
  return readJsonBody(request, schema, { maxBytes: MAX_BODY_BYTES, what });
}

/** An incident as the API answers it: the record and where it stands against its targets. */
export function incidentView(incident: Incident, now = new Date()) {
  return { ...incident, targets: incidentTargets(incident, now) };
}
