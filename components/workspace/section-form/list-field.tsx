"use client";

import { useEffect, useRef, useState } from "react";
import type { z } from "zod";
import { smallButton } from "../button-styles";
import { Field } from "./field";
import { FieldProblems, useFieldState, useSectionForm } from "./form-context";
import { emptyValue, moveItem, type Path, removeItem } from "./form-value";
import { itemLabel } from "./labels";
import { describeField } from "./schema-node";

interface ListFieldProps {
  path: Path;
  /** The list's field name, which names its entries ("trends" → "Trend 2"). */
  name: string;
  label: string;
  item: z.ZodTypeAny;
  max: number | null;
  value: unknown;
}

let nextKey = 0;
const newKey = () => `item-${++nextKey}`;

type Focus = { key: string; target: "first" | "up" | "down" } | { key: null; target: "add" } | null;

/** A list with Add, Remove, Move up and Move down; focus follows what was moved, added or removed. */
export function ListField({ path, name, label, item, max, value }: ListFieldProps) {
  const { update } = useSectionForm();
  const { problemId, messages } = useFieldState(path);
  const items = Array.isArray(value) ? value : [];
  // Entries keep their key while moving, so inputs and focus move with them.
  const [keys, setKeys] = useState(() => items.map(newKey));
  if (keys.length !== items.length) setKeys(items.map((_, i) => keys[i] ?? newKey()));
  const [focus, setFocus] = useState<Focus>(null);
  const container = useRef<HTMLFieldSetElement>(null);
  const scalar = !["object", "figure", "list"].includes(describeField(item).kind);

  useEffect(() => {
    if (!focus || !container.current) return;
    const root = container.current;
    const selector =
      focus.target === "add"
        ? ":scope > [data-list-add]"
        : `:scope > ol > [data-item="${focus.key}"] ${focus.target === "first" ? "input, textarea, select" : `[data-move="${focus.target}"]`}`;
    const element = root.querySelector<HTMLElement>(selector);
    if (element && (element as HTMLButtonElement).disabled) {
      const other = focus.target === "up" ? "down" : "up";
      root.querySelector<HTMLElement>(`:scope > ol > [data-item="${focus.key}"] [data-move="${other}"]`)?.focus();
    } else element?.focus();
    setFocus(null);
  }, [focus]);

  const change = (nextItems: unknown[], nextKeys: string[], nextFocus: Focus) => {
    setKeys(nextKeys);
    update(path, nextItems);
    setFocus(nextFocus);
  };
  const add = () => {
    const key = newKey();
    change([...items, emptyValue(item)], [...keys, key], { key, target: "first" });
  };
  const remove = (index: number) => {
    const following = keys[index + 1] ?? keys[index - 1];
    change(
      removeItem(items, index),
      removeItem(keys, index),
      following ? { key: following, target: "first" } : { key: null, target: "add" },
    );
  };
  const move = (index: number, by: -1 | 1) => {
    const key = keys[index] ?? "";
    change(moveItem(items, index, index + by), moveItem(keys, index, index + by), { key, target: by < 0 ? "up" : "down" });
  };

  return (
    <fieldset ref={container} className="min-w-0 space-y-2" aria-describedby={messages.length > 0 ? problemId : undefined}>
      <legend className="field-label mb-1">{label}</legend>
      <FieldProblems id={problemId} messages={messages} />
      <ol className="space-y-3">
        {items.map((entry, index) => {
          const key = keys[index] ?? String(index);
          const entryLabel = itemLabel(name, index);
          return (
            <li
              key={key}
              data-item={key}
              className={
                scalar
                  ? "flex flex-wrap items-end gap-2"
                  : "space-y-2 rounded-md border border-slate-200 p-3 dark:border-slate-700"
              }
            >
              <div className={scalar ? "min-w-0 flex-[1_1_12rem]" : "min-w-0"}>
                <Field schema={item} path={[...path, index]} name={name} label={entryLabel} value={entry} />
              </div>
              <div className="flex flex-wrap gap-1">
                <button
                  type="button"
                  className={smallButton}
                  data-move="up"
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  Up<span className="sr-only">: move {entryLabel} up</span>
                </button>
                <button
                  type="button"
                  className={smallButton}
                  data-move="down"
                  disabled={index === items.length - 1}
                  onClick={() => move(index, 1)}
                >
                  Down<span className="sr-only">: move {entryLabel} down</span>
                </button>
                <button type="button" className={smallButton} onClick={() => remove(index)}>
                  Remove<span className="sr-only"> {entryLabel}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" className={smallButton} data-list-add onClick={add} disabled={max !== null && items.length >= max}>
        Add {itemLabel(name, items.length).replace(/ \d+$/, "").toLowerCase()}
        <span className="sr-only"> to {label}</span>
      </button>
    </fieldset>
  );
}
