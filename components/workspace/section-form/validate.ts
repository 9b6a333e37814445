import type { z } from "zod";
import { shareProblems } from "@/ai/post/shares";
import { type PlanDraft, SECTION_DRAFT_SCHEMAS, type SectionKey } from "@/ai/schemas/plan";
import type { FieldProblem } from "../api-client";
import { toSectionValue } from "./form-value";

/** Messages per field, keyed by path (`pathKey`); "" is the section itself. */
export type Problems = ReadonlyMap<string, readonly string[]>;

export type Checked = { ok: true; value: unknown } | { ok: false; problems: Problems };

/** zod's issue said the way the form's owner would understand it, next to the field. */
export function problemMessage(issue: z.ZodIssue): string {
  switch (issue.code) {
    case "too_small":
      if (issue.type === "string")
        return issue.minimum === 1 ? "This cannot be empty." : `Write at least ${issue.minimum} characters.`;
      if (issue.type === "array") return `Keep at least ${issue.minimum} ${issue.minimum === 1 ? "entry" : "entries"}.`;
      return `Enter ${issue.inclusive ? "at least" : "more than"} ${issue.minimum}.`;
    case "too_big":
      if (issue.type === "string") return `Keep it to ${issue.maximum} characters or fewer.`;
      if (issue.type === "array") return `Keep at most ${issue.maximum} entries.`;
      return `Enter ${issue.inclusive ? "at most" : "less than"} ${issue.maximum}.`;
    case "invalid_type":
      if (issue.received === "undefined" || issue.received === "nan") {
        return issue.expected === "number" ? "Enter a number." : "This is required.";
      }
      return issue.expected === "number" ? "Enter a number." : issue.message;
    case "invalid_enum_value":
    case "invalid_union":
    case "invalid_literal":
      return "Choose one of the options.";
    default:
      return issue.message;
  }
}

function collect(entries: Iterable<readonly [string, string]>): Problems {
  const problems = new Map<string, string[]>();
  for (const [key, message] of entries) {
    const list = problems.get(key) ?? [];
    if (!list.includes(message)) list.push(message);
    problems.set(key, list);
  }
  return problems;
}

/** Checks the form's value with the section's own schema, as the server will (the server stays the judge). */
export function checkSection(section: SectionKey, formValue: unknown, options: { scaleShares?: boolean } = {}): Checked {
  const value = toSectionValue(section, formValue);
  const parsed = (SECTION_DRAFT_SCHEMAS[section] as z.ZodTypeAny).safeParse(value);
  if (parsed.success) {
    // Shares that do not total 100 % are refused here as on the server, each share marked, unless the owner chose to scale them.
    const shares = section === "channels" && !options.scaleShares ? shareProblems(parsed.data as PlanDraft["channels"]) : [];
    if (shares.length > 0) return { ok: false, problems: collect(shares.map((p) => [p.field, p.message] as const)) };
    return { ok: true, value };
  }
  return {
    ok: false,
    problems: collect(parsed.error.issues.map((issue) => [issue.path.join("."), problemMessage(issue)] as const)),
  };
}

/** True when the only thing wrong is that the channel shares do not total 100 %, which scaling fixes. */
export function onlySharesOff(problems: Problems): boolean {
  return problems.size > 0 && [...problems.keys()].every((key) => /^\d+\.budgetSharePercent$/.test(key));
}

/** The server's refusals, placed beside the fields it names. */
export function serverProblems(fields: readonly FieldProblem[]): Problems {
  return collect(fields.map((field) => [field.field, field.message] as const));
}
