import "server-only";
import type { Identity } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { budgetToCsv, kpisToCsv } from "./csv";
import type { ExportablePlan } from "./exportable";
import { attachmentDisposition, exportFilename } from "./filename";
import { planToIcs } from "./ics";
import { planToMarkdown } from "./markdown";
import { renderPlanPdf } from "./pdf-export";

interface ExportFormatSpec {
  contentType: string;
  /** Appended to `<title slug>-<date>`. */
  suffix: string;
  render: (source: ExportablePlan) => Promise<Rendered>;
}

interface Rendered {
  body: string | Uint8Array;
  /** PDFs only: served from the cache of recent renders, or rendered for this request. */
  cache?: "hit" | "miss";
}

const FORMATS = {
  md: { contentType: "text/markdown; charset=utf-8", suffix: ".md", render: async (s) => ({ body: planToMarkdown(s) }) },
  pdf: {
    contentType: "application/pdf",
    suffix: ".pdf",
    // Seconds of layout: in a worker thread, limited and cached (pdf-export.ts).
    render: async (s) => {
      const { pdf, cached } = await renderPlanPdf(s);
      return { body: pdf, cache: cached ? "hit" : "miss" };
    },
  },
  "budget.csv": {
    contentType: "text/csv; charset=utf-8",
    suffix: "-budget.csv",
    render: async (s) => ({ body: budgetToCsv(s) }),
  },
  "kpis.csv": { contentType: "text/csv; charset=utf-8", suffix: "-kpis.csv", render: async (s) => ({ body: kpisToCsv(s) }) },
  ics: { contentType: "text/calendar; charset=utf-8", suffix: ".ics", render: async (s) => ({ body: planToIcs(s) }) },
} satisfies Record<string, ExportFormatSpec>;

export type ExportFormat = keyof typeof FORMATS;
export const EXPORT_FORMATS = Object.keys(FORMATS) as ExportFormat[];

/** The format named in the path, or 404 naming the ones that exist. */
export function parseExportFormat(value: string): ExportFormat {
  if (Object.hasOwn(FORMATS, value)) return value as ExportFormat;
  throw new AppError(
    "not_found",
    `There is no "${value.slice(0, 40)}" export. Use one of: ${EXPORT_FORMATS.join(", ")} (e.g. …/export/pdf).`,
  );
}

/** The plan rendered as a download: its type, a file name from its title and date, never cached by a proxy. */
export async function exportResponse(args: { source: ExportablePlan; format: ExportFormat; identity?: Identity }) {
  const spec: ExportFormatSpec = FORMATS[args.format];
  const { body, cache } = await spec.render(args.source);
  const filename = exportFilename({ title: args.source.plan.title, createdAt: args.source.createdAt, suffix: spec.suffix });
  const headers: Record<string, string> = {
    "content-type": spec.contentType,
    "content-disposition": attachmentDisposition(filename),
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
  };
  if (cache) headers["x-export-cache"] = cache;
  if (args.identity?.setCookie) headers["set-cookie"] = args.identity.setCookie;
  return new Response(body as BodyInit, { status: 200, headers });
}
