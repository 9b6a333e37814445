"use client";

import type { z } from "zod";
import { smallButton } from "../button-styles";
import { FigureField } from "./figure-field";
import { useSectionForm } from "./form-context";
import { emptyValue, type Path } from "./form-value";
import { labelFor } from "./labels";
import { ListField } from "./list-field";
import { ChoiceField, NumberField, TextField } from "./scalar-fields";
import { describeField } from "./schema-node";

interface FieldProps {
  schema: z.ZodTypeAny;
  path: Path;
  /** The field's name in its object (or its list's name, for an entry). */
  name: string;
  label: string;
  value: unknown;
}

/** One part of a section, as its schema says: text, number, choice, figure, list or a group of fields. */
export function Field({ schema, path, name, label, value }: FieldProps) {
  const { update } = useSectionForm();
  const node = describeField(schema);
  if (node.optional && value === undefined && (node.kind === "figure" || node.kind === "object" || node.kind === "list")) {
    return (
      <button type="button" className={smallButton} onClick={() => update(path, emptyValue(schema, true))}>
        Add {label.toLowerCase()}
      </button>
    );
  }
  switch (node.kind) {
    case "text":
      return <TextField node={node} path={path} label={label} value={value} />;
    case "number":
      return <NumberField node={node} path={path} label={label} value={value} />;
    case "choice":
      return <ChoiceField node={node} path={path} label={label} value={value} />;
    case "figure":
      return <FigureField path={path} label={label} value={value} optional={node.optional} />;
    case "list":
      return <ListField path={path} name={name} label={label} item={node.item} max={node.max} value={value} />;
    case "object":
      return (
        <fieldset className="min-w-0 space-y-3 rounded-md border border-slate-200 p-3 dark:border-slate-700">
          <legend className="px-1 text-sm font-semibold">{label}</legend>
          <ObjectFields shape={node.shape} path={path} value={value} />
        </fieldset>
      );
    default:
      return null;
  }
}

/** The fields of an object, in the schema's order. */
export function ObjectFields({ shape, path, value }: { shape: Record<string, z.ZodTypeAny>; path: Path; value: unknown }) {
  const record = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
  return Object.entries(shape).map(([key, schema]) => (
    <Field key={key} schema={schema} path={[...path, key]} name={key} label={labelFor(key)} value={record[key]} />
  ));
}
