import { z } from "zod";

/** What kind of input a part of a section's schema becomes in the form. */
export type FieldNode = { optional: boolean } & (
  | { kind: "text"; min: number; max: number | null; multiline: boolean }
  | { kind: "number"; integer: boolean; min?: number; max?: number }
  | { kind: "choice"; options: readonly (string | number)[] }
  | { kind: "figure" }
  | { kind: "list"; item: z.ZodTypeAny; min: number; max: number | null }
  | { kind: "object"; shape: Record<string, z.ZodTypeAny> }
  | { kind: "unknown" }
);

/** Text longer than this may be written on several lines: a textarea. */
const SINGLE_LINE_MAX = 200;

function unwrap(schema: z.ZodTypeAny): { inner: z.ZodTypeAny; optional: boolean } {
  let inner = schema;
  let optional = false;
  for (;;) {
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) {
      optional = true;
      inner = inner.unwrap();
    } else if (inner instanceof z.ZodDefault) inner = inner.removeDefault();
    else if (inner instanceof z.ZodEffects) inner = inner.innerType();
    else return { inner, optional };
  }
}

/** A figure is any object with a number, its unit and where it came from (FigureSchema and its described copies). */
export function isFigureShape(shape: Record<string, z.ZodTypeAny>): boolean {
  return "value" in shape && "unit" in shape && "source" in shape;
}

/** Reads a zod schema (as ai/schemas/plan.ts writes them) into the field the form shows for it. */
export function describeField(schema: z.ZodTypeAny): FieldNode {
  const { inner, optional } = unwrap(schema);
  if (inner instanceof z.ZodString) {
    const min = inner._def.checks.find((check) => check.kind === "min")?.value ?? 0;
    const max = inner.maxLength;
    return { kind: "text", optional, min, max, multiline: max === null || max > SINGLE_LINE_MAX };
  }
  if (inner instanceof z.ZodNumber) {
    const checks = inner._def.checks;
    return {
      kind: "number",
      optional,
      integer: inner.isInt,
      min: checks.find((check) => check.kind === "min")?.value,
      max: checks.find((check) => check.kind === "max")?.value,
    };
  }
  if (inner instanceof z.ZodEnum) return { kind: "choice", optional, options: inner.options as string[] };
  if (inner instanceof z.ZodLiteral) return { kind: "choice", optional, options: [inner.value] };
  if (inner instanceof z.ZodUnion && inner.options.every((option: z.ZodTypeAny) => option instanceof z.ZodLiteral)) {
    return { kind: "choice", optional, options: inner.options.map((option: z.ZodLiteral<string | number>) => option.value) };
  }
  if (inner instanceof z.ZodArray) {
    const def = inner._def;
    const exact = def.exactLength?.value;
    return {
      kind: "list",
      optional,
      item: inner.element,
      min: exact ?? def.minLength?.value ?? 0,
      max: exact ?? def.maxLength?.value ?? null,
    };
  }
  if (inner instanceof z.ZodObject) {
    const shape = inner.shape as Record<string, z.ZodTypeAny>;
    return isFigureShape(shape) ? { kind: "figure", optional } : { kind: "object", optional, shape };
  }
  return { kind: "unknown", optional };
}
