import type { FigureSource } from "@/ai/schemas/plan";

export interface FigureRef {
  path: string;
  figure: { value: number; unit: string; source: FigureSource; basis?: string };
}

function isFigure(node: unknown): node is FigureRef["figure"] {
  if (typeof node !== "object" || node === null) return false;
  const record = node as Record<string, unknown>;
  return typeof record.value === "number" && typeof record.unit === "string" && typeof record.source === "string";
}

/** Every figure in a plan (or part of one), with its dotted path, in document order. */
export function collectFigures(node: unknown, path = ""): FigureRef[] {
  if (isFigure(node)) return [{ path, figure: node }];
  if (Array.isArray(node)) return node.flatMap((item, index) => collectFigures(item, `${path}[${index}]`));
  if (typeof node === "object" && node !== null) {
    return Object.entries(node).flatMap(([key, value]) => collectFigures(value, path ? `${path}.${key}` : key));
  }
  return [];
}
