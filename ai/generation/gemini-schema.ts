import type { JSONSchema } from "genkit/schema";

/**
 * The keywords of the JSON Schema subset Gemini documents for
 * `generationConfig.responseJsonSchema`. Anything else is dropped; the zod
 * schema still checks the answer in full after the model (run-model.ts).
 */
const SUPPORTED = new Set([
  "type",
  "format",
  "title",
  "description",
  "enum",
  "items",
  "prefixItems",
  "minItems",
  "maxItems",
  "minimum",
  "maximum",
  "anyOf",
  "properties",
  "additionalProperties",
  "required",
  "propertyOrdering",
]);
/** Keywords whose value is a map of names to schemas, or a list or a single schema. */
const SCHEMA_MAPS = new Set(["properties"]);
const SCHEMA_LISTS = new Set(["anyOf", "prefixItems"]);
const SCHEMA_VALUES = new Set(["items", "additionalProperties"]);
const STRING_FORMATS = new Set(["date-time", "date", "time"]);
const MAX_REF_DEPTH = 32;

type Json = Record<string, unknown>;

function resolvePointer(root: Json, ref: string): Json {
  if (!ref.startsWith("#/")) throw new Error(`Only local JSON pointers can be inlined, not ${ref}`);
  let node: unknown = root;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    node = (node as Json | undefined)?.[key];
  }
  if (!node || typeof node !== "object") throw new Error(`${ref} points at nothing`);
  return node as Json;
}

/** Length limits Gemini does not take as keywords still reach the model, as words. */
function describeLengths(node: Json): string | undefined {
  const limits = [
    typeof node.minLength === "number" && node.minLength > 1 ? `at least ${node.minLength} characters` : null,
    typeof node.maxLength === "number" ? `at most ${node.maxLength} characters` : null,
  ].filter((text) => text !== null);
  const description = typeof node.description === "string" ? node.description : undefined;
  if (limits.length === 0) return description;
  const text = limits.join(", ");
  return description ? `${description} (${text})` : `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function clean(node: unknown, root: Json, depth: number): unknown {
  if (!node || typeof node !== "object" || Array.isArray(node)) return node;
  let schema = node as Json;
  // zod-to-json-schema points repeated sub-schemas at their first use (`#/properties/...`): inline them.
  for (let hops = 0; typeof schema.$ref === "string"; hops++) {
    if (depth + hops > MAX_REF_DEPTH) throw new Error("The response schema refers to itself; Gemini cannot take it");
    const { $ref, ...siblings } = schema;
    schema = { ...resolvePointer(root, $ref as string), ...siblings };
  }
  const out: Json = {};
  const description = describeLengths(schema);
  for (const [key, value] of Object.entries(schema)) {
    if (key === "const") out.enum = [value];
    else if (key === "oneOf" && Array.isArray(value)) out.anyOf = value.map((v) => clean(v, root, depth + 1));
    else if (!SUPPORTED.has(key)) continue;
    else if (key === "description") out.description = description;
    else if (key === "format") {
      if (typeof value === "string" && STRING_FORMATS.has(value)) out.format = value;
    } else if (key === "type" && Array.isArray(value)) {
      out.anyOf = value.map((type) => ({ type }));
    } else if (SCHEMA_MAPS.has(key) && value && typeof value === "object") {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, clean(sub, root, depth + 1)]));
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      out[key] = value.map((sub) => clean(sub, root, depth + 1));
    } else if (SCHEMA_VALUES.has(key) && typeof value === "object") {
      out[key] = clean(value, root, depth + 1);
    } else out[key] = value;
  }
  if (description !== undefined && out.description === undefined) out.description = description;
  return out;
}

/**
 * A response schema Gemini accepts: no `$schema`, every `$ref` inlined, only
 * the keywords of its documented subset; string length limits move into the
 * description so the model still reads them.
 */
export function geminiResponseSchema(json: JSONSchema): JSONSchema {
  return clean(json, json as Json, 0) as JSONSchema;
}
