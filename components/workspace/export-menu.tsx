"use client";

import { type KeyboardEvent, type MouseEvent, useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { authorizedFetch } from "@/lib/auth/client/firebase-client";
import { ApiError, apiErrorFrom } from "@/lib/http/api-error";

const FORMATS = [
  { format: "pdf", label: "PDF document" },
  { format: "md", label: "Markdown (.md)" },
  { format: "budget.csv", label: "Budget (CSV)" },
  { format: "kpis.csv", label: "KPIs (CSV)" },
  { format: "ics", label: "Calendar (.ics)" },
] as const;

const GONE = "This plan can no longer be exported: it was deleted, or the link was revoked. Reload the page.";

interface ExportMenuProps {
  /** Where the plan's exports are served, e.g. `/api/plans/<id>/export`. */
  basePath: string;
  /** The owner's workspace proves who is asking (an ID token in Firebase mode); a share link needs nothing. */
  authorized: boolean;
}

/** `filename*=UTF-8''…` of a Content-Disposition header, else its plain `filename="…"`. */
function filenameFrom(disposition: string | null, fallback: string): string {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed name: fall through to the plain one.
    }
  }
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
}

/**
 * Downloads of the plan (PDF, Markdown, CSV, calendar) and "Copy as Markdown",
 * behind one disclosure button. Downloads go through fetch so the owner's
 * identity travels with them and a refusal is explained here, not saved as a file.
 */
export function ExportMenu({ basePath, authorized }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const [fallbackText, setFallbackText] = useState<string | null>(null);
  const [shift, setShift] = useState(0);
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLUListElement>(null);
  const fallback = useRef<HTMLTextAreaElement>(null);
  // Fetched when the menu opens, so "Copy" can write to the clipboard while the click still counts as a user gesture.
  const markdown = useRef<Promise<string> | null>(null);
  const load = authorized ? authorizedFetch : fetch;

  const get = async (format: string): Promise<Response> => {
    const response = await load(`${basePath}/${format}`, { cache: "no-store" });
    if (!response.ok) throw await apiErrorFrom(response, GONE);
    return response;
  };

  const close = (focusToggle: boolean) => {
    setOpen(false);
    if (focusToggle) toggle.current?.focus();
  };

  const show = () => {
    markdown.current = get("md").then((response) => response.text());
    markdown.current.catch(() => undefined);
    setOpen(true);
  };

  // Keep the panel on screen: shift it left when it would overflow a narrow viewport.
  useLayoutEffect(() => {
    if (!open || !panel.current) return;
    const rect = panel.current.getBoundingClientRect();
    const overflow = rect.right - shift - (document.documentElement.clientWidth - 8);
    setShift(overflow > 0 ? -overflow : 0);
    panel.current.querySelector<HTMLElement>("a, button")?.focus();
  }, [open, shift]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open]);

  useEffect(() => {
    if (fallbackText === null) return;
    fallback.current?.focus();
    fallback.current?.select();
  }, [fallbackText]);

  const onPanelKey = (event: KeyboardEvent) => {
    const items = Array.from(panel.current?.querySelectorAll<HTMLElement>("a, button") ?? []);
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === "Escape") {
      event.preventDefault();
      close(true);
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      items[(index + step + items.length) % items.length]?.focus();
    }
  };

  const download = async (event: MouseEvent, format: string, label: string) => {
    event.preventDefault();
    close(true);
    setBusy(true);
    setFallbackText(null);
    setStatus(`Preparing ${label}…`);
    try {
      const response = await get(format);
      const name = filenameFrom(response.headers.get("content-disposition"), `marketing-plan.${format}`);
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      // Revoking at once can cancel the download in some browsers.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus(`Downloaded ${name}.`);
    } catch (error) {
      setStatus(error instanceof ApiError ? error.message : "The download failed. Try again.");
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    close(true);
    setFallbackText(null);
    let text: string;
    try {
      text = await (markdown.current ?? get("md").then((response) => response.text()));
    } catch (error) {
      setStatus(error instanceof ApiError ? error.message : "Could not load the plan to copy it.");
      return;
    }
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(text);
      setStatus("Copied the plan to the clipboard as Markdown.");
    } catch {
      setFallbackText(text);
      setStatus("Your browser did not allow copying. The Markdown is selected below: press Ctrl+C (⌘C on a Mac) to copy it.");
    }
  };

  // A fragment: inside the toolbar's wrapping row, the status and the fallback take a line of their own at the end.
  return (
    <>
      <div ref={wrapper} className="relative">
        <button
          ref={toggle}
          type="button"
          className="btn-secondary"
          aria-expanded={open}
          aria-controls={panelId}
          aria-busy={busy}
          onClick={() => (open ? close(false) : show())}
        >
          Export
          <span aria-hidden="true" className="text-xs">
            ▾
          </span>
        </button>
        <ul
          id={panelId}
          ref={panel}
          hidden={!open}
          aria-label="Export this plan"
          onKeyDown={onPanelKey}
          onBlur={(event) => {
            if (open && !wrapper.current?.contains(event.relatedTarget as Node | null)) close(false);
          }}
          style={{ transform: `translateX(${shift}px)` }}
          className="absolute top-full left-0 z-20 mt-1 w-64 max-w-[calc(100vw-1rem)] rounded-md border border-slate-300 bg-white py-1 shadow-lg dark:border-slate-600 dark:bg-slate-900"
          data-testid="export-menu"
        >
          {FORMATS.map(({ format, label }) => (
            <li key={format}>
              <a
                href={`${basePath}/${format}`}
                download
                className="flex min-h-11 items-center px-4 py-2 text-sm text-slate-900 hover:bg-slate-100 focus-visible:bg-slate-100 dark:text-slate-100 dark:hover:bg-slate-800 dark:focus-visible:bg-slate-800"
                onClick={(event) => download(event, format, label)}
              >
                Download {label}
              </a>
            </li>
          ))}
          <li className="border-t border-slate-200 dark:border-slate-700">
            <button
              type="button"
              className="flex min-h-11 w-full items-center px-4 py-2 text-left text-sm font-medium text-slate-900 hover:bg-slate-100 focus-visible:bg-slate-100 dark:text-slate-100 dark:hover:bg-slate-800 dark:focus-visible:bg-slate-800"
              onClick={copy}
            >
              Copy as Markdown
            </button>
          </li>
        </ul>
      </div>
      <p role="status" className="order-last basis-full text-sm muted empty:hidden" data-testid="export-status">
        {status}
      </p>
      {fallbackText !== null ? (
        <div className="order-last basis-full space-y-2">
          <label htmlFor={`${panelId}-text`} className="field-label">
            The plan as Markdown
          </label>
          <textarea
            id={`${panelId}-text`}
            ref={fallback}
            className="input h-40 font-mono text-xs"
            value={fallbackText}
            readOnly
            onFocus={(event) => event.target.select()}
          />
          <button type="button" className="btn-secondary" onClick={() => setFallbackText(null)}>
            Hide the Markdown
          </button>
        </div>
      ) : null}
    </>
  );
}
