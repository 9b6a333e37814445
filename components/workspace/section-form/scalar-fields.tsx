"use client";

import { useEffect, useState } from "react";
import { FieldProblems, useFieldState, useSectionForm } from "./form-context";
import type { Path } from "./form-value";
import type { FieldNode } from "./schema-node";

interface ScalarProps<K extends FieldNode["kind"]> {
  node: Extract<FieldNode, { kind: K }>;
  path: Path;
  label: string;
  value: unknown;
  /** Replaces the default "write the new value at path" (figures mark themselves as the owner's). */
  onValue?: (next: unknown) => void;
}

export function TextField({ node, path, label, value }: ScalarProps<"text">) {
  const { update } = useSectionForm();
  const { id, problemId, messages, invalid } = useFieldState(path);
  const text = typeof value === "string" ? value : "";
  const common = {
    id,
    className: "input",
    value: text,
    maxLength: node.max ?? undefined,
    "aria-invalid": invalid,
    "aria-describedby": invalid ? problemId : undefined,
    "aria-required": !node.optional,
  };
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
        {node.optional ? <span className="font-normal muted"> (optional)</span> : null}
      </label>
      {node.multiline ? (
        <textarea
          {...common}
          rows={node.max === null || node.max > 1000 ? 6 : node.max > 400 ? 4 : 2}
          onChange={(event) => update(path, event.target.value)}
        />
      ) : (
        <input {...common} type="text" onChange={(event) => update(path, event.target.value)} />
      )}
      <FieldProblems id={problemId} messages={messages} />
    </div>
  );
}

export function NumberField({ node, path, label, value, onValue }: ScalarProps<"number">) {
  const { update } = useSectionForm();
  const { id, problemId, messages, invalid } = useFieldState(path);
  const [text, setText] = useState(typeof value === "number" ? String(value) : "");
  // The value can change under the input (a list entry moved): show it, unless it is what is typed.
  useEffect(() => {
    setText((current) => (typeof value === "number" && Number(current) !== value ? String(value) : current));
  }, [value]);
  const change = (next: string) => {
    setText(next);
    const number = next.trim() === "" ? Number.NaN : Number(next);
    (onValue ?? ((v) => update(path, v)))(Number.isFinite(number) ? number : undefined);
  };
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        className="input tabular-nums"
        type="number"
        inputMode={node.integer ? "numeric" : "decimal"}
        step={node.integer ? 1 : "any"}
        min={node.min}
        max={node.max}
        value={text}
        onChange={(event) => change(event.target.value)}
        aria-invalid={invalid}
        aria-describedby={invalid ? problemId : undefined}
        aria-required={!node.optional}
      />
      <FieldProblems id={problemId} messages={messages} />
    </div>
  );
}

export function ChoiceField({ node, path, label, value }: ScalarProps<"choice">) {
  const { update } = useSectionForm();
  const { id, problemId, messages, invalid } = useFieldState(path);
  const index = node.options.indexOf(value as string | number);
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select
        id={id}
        className="input"
        value={index === -1 ? "" : String(index)}
        onChange={(event) => update(path, event.target.value === "" ? undefined : node.options[Number(event.target.value)])}
        aria-invalid={invalid}
        aria-describedby={invalid ? problemId : undefined}
      >
        {index === -1 || node.optional ? <option value="">{node.optional ? "None" : "Choose…"}</option> : null}
        {node.options.map((option, i) => (
          <option key={String(option)} value={String(i)}>
            {String(option)}
          </option>
        ))}
      </select>
      <FieldProblems id={problemId} messages={messages} />
    </div>
  );
}
