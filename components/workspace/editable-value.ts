import type { Plan, SectionKey } from "@/ai/schemas/plan";

/**
 * What the owner edits for a section: the section as the model writes it. The
 * budget's currency and per-channel amounts are computed from the total and the
 * channel shares, so only the total and the rationale are editable (the rest is shown, not sent).
 */
export function editableValue(plan: Plan, section: SectionKey): unknown {
  if (section === "budget") {
    // The computed amounts come along to be shown read-only; the editor leaves them out of what it sends.
    const { monthlyTotal, rationale, currency, allocations } = plan.budget;
    return { monthlyTotal, rationale, currency, allocations };
  }
  return plan[section];
}

/** The text a section's editor starts with: prose as it is, structured sections as indented JSON. */
export function editorText(section: SectionKey, value: unknown): string {
  if (section === "executiveSummary" && typeof value === "string") return value;
  return JSON.stringify(value, null, 2);
}

export type ParsedEdit = { ok: true; value: unknown } | { ok: false; message: string };

/** The value to send for the editor's text; JSON syntax errors are caught here, schema errors by the server. */
export function parseEditorText(section: SectionKey, text: string): ParsedEdit {
  if (section === "executiveSummary") {
    const trimmed = text.trim();
    return trimmed ? { ok: true, value: trimmed } : { ok: false, message: "The summary cannot be empty." };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message})` : "";
    return { ok: false, message: `That is not valid JSON${detail}. Check quotes, commas and brackets.` };
  }
}
