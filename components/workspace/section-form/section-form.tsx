"use client";

import { useId, useMemo } from "react";
import type { z } from "zod";
import { type Figure, SECTION_DRAFT_SCHEMAS, type SectionKey } from "@/ai/schemas/plan";
import { Field, ObjectFields } from "./field";
import { ComputedAllocations } from "./figure-field";
import { SectionFormContext, type SectionFormContextValue } from "./form-context";
import { type Path, pathKey, setIn } from "./form-value";
import { describeField } from "./schema-node";
import type { Problems } from "./validate";

interface SectionFormProps {
  section: SectionKey;
  title: string;
  value: unknown;
  problems: Problems;
  onChange: (next: unknown) => void;
}

/** The fields of one section, generated from its schema (ai/schemas/plan.ts) and filled with its data. */
export function SectionForm({ section, title, value, problems, onChange }: SectionFormProps) {
  const prefix = useId();
  const schema = SECTION_DRAFT_SCHEMAS[section] as z.ZodTypeAny;
  const node = describeField(schema);
  const context = useMemo<SectionFormContextValue>(
    () => ({
      update: (path: Path, next: unknown) => onChange(setIn(value, path, next)),
      problems,
      idFor: (path: Path) => `${prefix}-${pathKey(path) || "root"}`,
    }),
    [onChange, value, problems, prefix],
  );
  const allocations =
    section === "budget"
      ? (value as { allocations?: { channel: string; sharePercent: number; amount: Figure }[] }).allocations
      : undefined;

  return (
    <SectionFormContext value={context}>
      <div className="space-y-4">
        {node.kind === "object" ? (
          <ObjectFields shape={node.shape} path={[]} value={value} />
        ) : (
          <Field
            schema={schema}
            path={[]}
            name={section}
            label={section === "executiveSummary" ? "Summary" : title}
            value={value}
          />
        )}
        {allocations ? <ComputedAllocations allocations={allocations} /> : null}
      </div>
    </SectionFormContext>
  );
}
