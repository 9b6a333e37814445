import "server-only";
import type { Identity } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { budgetToCsv, kpisToCsv } from "./csv";
import type { ExportablePlan } from "./exportable";
import { attachmentDisposition, exportFilename } from "./filename";
import { planToIcs } from "./ics";
import { planToMarkdown } from "./markdown";

interface ExportFormatSpec {
  contentType: string;
  /** Appended to `<title slug>-<date>`. */
  suffix: string;
  render: (source: ExportablePlan) => Promise<string | Uint8Array>;
}

const FORMATS = {
  md: { contentType: "text/markdown; charset=utf-8", suffix: ".md", render: async (s) => planToMarkdown(s) },
  pdf: {
    contentType: "application/pdf",
    suffix: ".pdf",
    // The renderer and its fonts take a while to load: only PDF requests pay for it.
    render: async (s) => new Uint8Array(await (await import("./pdf")).planToPdf(s)),
  },
  "budget.csv": { contentType: "text/csv; charset=utf-8", suffix: "-budget.csv", render: async (s) => budgetToCsv(s) },
  "kpis.csv": { contentType: "text/csv; charset=utf-8", suffix: "-kpis.csv", render: async (s) => kpisToCsv(s) },
  ics: { contentType: "text/calendar; charset=utf-8", suffix: ".ics", render: async (s) => planToIcs(s) },
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
  const body = await spec.render(args.source);
  const filename = exportFilename({ title: args.source.plan.title, createdAt: args.source.createdAt, suffix: spec.suffix });
  const headers: Record<string, string> = {
    "content-type": spec.contentType,
    "content-disposition": attachmentDisposition(filename),
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
  };
  if (args.identity?.setCookie) headers["set-cookie"] = args.identity.setCookie;
  return new Response(body as BodyInit, { status: 200, headers });
}
