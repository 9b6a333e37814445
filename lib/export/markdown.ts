import type { ExportablePlan } from "./exportable";
import { type Block, buildOutline, type Item } from "./outline";

/** Plan text is data: characters that would turn into Markdown (or HTML) are escaped, line breaks kept as spaces. */
function inline(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, " ")
    .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`)
    .trim();
}

/** Like inline, and a line may not start a heading, quote, list or rule. */
function line(text: string): string {
  return inline(text).replace(/^([#>+=-]|\d+[.)])/, "\\$1");
}

function item(entry: Item): string {
  return typeof entry === "string" ? `- ${inline(entry)}` : `- **${inline(entry.label)}:** ${inline(entry.text)}`;
}

function table({ columns, rows, numeric = [] }: Extract<Block, { kind: "table" }>): string {
  const row = (cells: string[]) => `| ${cells.map((cell) => inline(cell) || " ").join(" | ")} |`;
  const rule = columns.map((_, index) => (numeric.includes(index) ? "---:" : "---"));
  return [row(columns), `| ${rule.join(" | ")} |`, ...rows.map(row)].join("\n");
}

function block(entry: Block): string {
  switch (entry.kind) {
    case "heading":
      return `### ${inline(entry.text)}`;
    case "paragraph":
      return entry.label ? `**${inline(entry.label)}:** ${inline(entry.text)}` : line(entry.text);
    case "list":
      return [...(entry.label ? [`**${inline(entry.label)}**`, ""] : []), ...entry.items.map(item)].join("\n");
    case "table":
      return table(entry);
  }
}

/** The whole plan as GitHub-flavoured Markdown: title, date, every section, each figure with its source. */
export function planToMarkdown(source: ExportablePlan): string {
  const outline = buildOutline(source);
  const parts = [
    `# ${inline(outline.title)}`,
    `${inline(outline.byline)}  \n${inline(outline.starts)}  \n${inline(outline.writtenBy)}`,
    `> ${inline(outline.legend)}`,
  ];
  if (outline.missing.length > 0) {
    parts.push(["**Missing from this plan:**", "", ...outline.missing.map((m) => `- ${inline(m)}`)].join("\n"));
  }
  for (const section of outline.sections) {
    parts.push(`## ${inline(section.title)}`, ...section.blocks.map(block));
  }
  return `${parts.join("\n\n")}\n`;
}
