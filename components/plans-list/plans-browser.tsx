"use client";

import { useRouter } from "next/navigation";
import { useCallback, useRef, useState, useTransition } from "react";
import type { Page, PlanSummary } from "@/lib/store/types";
import { DeletedNotice } from "./deleted-notice";
import { type ListParams, listPageUrl } from "./list-params";
import { PlansList } from "./plans-list";
import { PlansSearch } from "./plans-search";

interface PlansBrowserProps {
  params: ListParams;
  /** The first page for `params`, rendered by the server; null when only the browser knows who it is. */
  firstPage: Page<PlanSummary> | null;
}

/**
 * "My plans": search, order, the list and Undo for deletions. The search and the
 * order live in the URL (`?q=&sort=`), so reload, back and shared links keep them;
 * the server renders the first page for whatever the URL says.
 */
export function PlansBrowser({ params, firstPage }: PlansBrowserProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [deletions, setDeletions] = useState(0);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const searchBox = useRef<HTMLInputElement>(null);

  const show = useCallback(
    (next: ListParams) => startTransition(() => router.replace(listPageUrl(next), { scroll: false })),
    [router],
  );
  const hide = (id: string, hiddenNow: boolean) =>
    setHidden((current) => {
      const next = new Set(current);
      if (hiddenNow) next.add(id);
      else next.delete(id);
      return next;
    });

  const nothingAtAll = params.query === "" && firstPage !== null && firstPage.items.length === 0;
  return (
    <div className="space-y-4">
      <DeletedNotice revision={deletions} onRestored={(id) => hide(id, false)} />
      {nothingAtAll ? null : <PlansSearch params={params} pending={pending} onChange={show} inputRef={searchBox} />}
      <PlansList
        // A new search or order starts from its own first page.
        key={`${params.sort}:${params.query}`}
        params={params}
        firstPage={firstPage}
        hidden={hidden}
        pending={pending}
        onClearSearch={() => {
          searchBox.current?.focus();
          show({ ...params, query: "" });
        }}
        onDeleted={(id) => {
          hide(id, true);
          setDeletions((n) => n + 1);
        }}
      />
    </div>
  );
}
