"use client";

import { type FormEvent, type RefObject, useEffect, useId, useRef, useState } from "react";
import { PLAN_QUERY_MAX, PLAN_SORT_LABELS, PLAN_SORTS, type PlanSort } from "@/lib/store/plan-listing";
import type { ListParams } from "./list-params";

/** Typing waits this long for a pause before the list follows. */
const DEBOUNCE_MS = 300;

interface PlansSearchProps {
  params: ListParams;
  /** True while the list for the latest parameters is on its way. */
  pending: boolean;
  onChange: (next: ListParams) => void;
  inputRef: RefObject<HTMLInputElement | null>;
}

/** The search box and the order of "My plans"; the list follows the URL they write. */
export function PlansSearch({ params, pending, onChange, inputRef: input }: PlansSearchProps) {
  const [text, setText] = useState(params.query);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const id = useId();

  // Back, forward or "Clear search" change the URL: the box shows it, unless a search is still being typed.
  useEffect(() => {
    if (timer.current === undefined) setText(params.query);
  }, [params.query]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const search = (query: string) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (query.trim() !== params.query) onChange({ ...params, query });
  };
  const type = (value: string) => {
    setText(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => search(value), DEBOUNCE_MS);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    search(text);
  };

  return (
    <search>
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3" aria-busy={pending}>
        <div className="min-w-0 flex-[2_1_14rem]">
          <label htmlFor={`${id}-q`} className="field-label">
            Search by name
          </label>
          <input
            ref={input}
            id={`${id}-q`}
            type="search"
            className="input"
            value={text}
            maxLength={PLAN_QUERY_MAX}
            onChange={(event) => type(event.target.value)}
            aria-describedby={`${id}-hint`}
            autoComplete="off"
            spellCheck={false}
          />
          <p id={`${id}-hint`} className="sr-only">
            Shows the plans whose name holds every word you type; case and accents do not matter.
          </p>
        </div>
        <div className="min-w-0 flex-[1_1_10rem]">
          <label htmlFor={`${id}-sort`} className="field-label">
            Sort by
          </label>
          <select
            id={`${id}-sort`}
            className="input"
            value={params.sort}
            onChange={(event) => onChange({ query: text.trim(), sort: event.target.value as PlanSort })}
          >
            {PLAN_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {PLAN_SORT_LABELS[sort]}
              </option>
            ))}
          </select>
        </div>
      </form>
    </search>
  );
}
