/**
 * The route pattern of a request from its path and the dynamic segments Next
 * matched: `/api/plans/p_123/versions/4` with `{ id: "p_123", version: "4" }`
 * becomes `/api/plans/[id]/versions/[version]`. Metrics label requests by it,
 * so ids and tokens never become label values.
 */
export function routePattern(pathname: string, params: Record<string, unknown>): string {
  const names = new Map<string, string>();
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === "string") names.set(value, `[${name}]`);
    else if (Array.isArray(value)) for (const part of value) if (typeof part === "string") names.set(part, `[...${name}]`);
  }
  if (names.size === 0) return pathname;
  const segments: string[] = [];
  for (const segment of pathname.split("/")) {
    const name = names.get(safeDecode(segment));
    // A catch-all covers several segments: keep one marker for the run.
    if (name?.startsWith("[...") && segments.at(-1) === name) continue;
    segments.push(name ?? segment);
  }
  return segments.join("/");
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
