import { describe, expect, it } from "vitest";
import { toMinorUnits } from "@/ai/post/money";
import { parseCsv } from "@/tests/support/export-csv";
import { samplePlan } from "@/tests/support/export-plans";
import { budgetToCsv, kpisToCsv, toCsv } from "./csv";

function read(csv: string): Record<string, string>[] {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const [header, ...rows] = parseCsv(csv.slice(1));
  for (const row of rows) expect(row).toHaveLength(header?.length ?? 0);
  return rows.map((row) => Object.fromEntries(row.map((value, index) => [header?.[index] ?? "", value])));
}

describe("toCsv", () => {
  it("quotes commas, quotes and line breaks, and defuses spreadsheet formulas", () => {
    const cells = [
      'a "quoted", text',
      "two\nlines\r\nthree",
      '=HYPERLINK("http://x")',
      "+1",
      "-2+3",
      "@SUM(A1)",
      "\tTab",
      42,
      -3.5,
      null,
    ];
    const [row] = parseCsv(toCsv([cells]).slice(1));
    expect(row).toEqual([
      'a "quoted", text',
      "two\nlines\r\nthree",
      '\'=HYPERLINK("http://x")',
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tTab",
      "42",
      "-3.5",
      "",
    ]);
  });

  it("quotes semicolons, so a spreadsheet that splits on ; (comma-decimal locales) keeps each cell whole", () => {
    const csv = toCsv([["Reels; Stories", "plain", "=1;2"]]).slice(1);
    expect(csv).toBe('"Reels; Stories",plain,"\'=1;2"\r\n');
    // A spreadsheet splitting on semicolons only splits outside quotes: none is left there.
    expect(csv.replace(/"([^"]|"")*"/g, "")).not.toContain(";");
    expect(parseCsv(csv)[0]).toEqual(["Reels; Stories", "plain", "'=1;2"]);
  });

  it("guards formulas hidden behind spaces or written with full-width signs", () => {
    const [row] = parseCsv(toCsv([[" =cmd|' /C calc'!A0", "\u00a0+1", "\uff1dSUM(A1)", "a=b"]]).slice(1));
    expect(row).toEqual(["' =cmd|' /C calc'!A0", "'\u00a0+1", "'\uff1dSUM(A1)", "a=b"]);
  });
});

describe("budgetToCsv", () => {
  const source = samplePlan();
  const rows = read(budgetToCsv(source));

  it("has one row per channel and a total row, each naming the plan and its date", () => {
    expect(rows.map((r) => r.Channel)).toEqual([...source.plan.budget.allocations.map((a) => a.channel), "Total"]);
    for (const row of rows) expect(row).toMatchObject({ Plan: source.plan.title, "Plan date": "2026-03-12", Currency: "EUR" });
  });

  it("has computed amounts that add up exactly to the stated total", () => {
    const channels = rows.slice(0, -1);
    const total = rows.at(-1);
    expect(total).toMatchObject({ "Amount per month": "1999.99", Source: "stated by you" });
    for (const row of channels) expect(row.Source).toBe("computed");
    const sum = channels.reduce((minor, row) => minor + toMinorUnits(Number(row["Amount per month"]), "EUR"), 0);
    expect(sum).toBe(toMinorUnits(1999.99, "EUR"));
  });

  it("defuses a channel name a spreadsheet would run", () => {
    const source = samplePlan();
    const first = source.plan.budget.allocations[0];
    if (first) first.channel = "=cmd|' /C calc'!A0";
    expect(read(budgetToCsv(source))[0]?.Channel).toBe("'=cmd|' /C calc'!A0");
  });
});

describe("kpisToCsv", () => {
  it("has one row per KPI with its target's source", () => {
    const source = samplePlan();
    const rows = read(kpisToCsv(source));
    expect(rows).toHaveLength(source.plan.kpis.metrics.length);
    source.plan.kpis.metrics.forEach((metric, index) => {
      expect(rows[index]).toMatchObject({ KPI: metric.name, Target: String(metric.target.value), Unit: metric.target.unit });
    });
    expect(new Set(rows.map((r) => r.Source))).toEqual(new Set(["stated by you", "estimate"]));
  });
});
