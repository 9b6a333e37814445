/** One item of a Sentry envelope: its header (`type`, `length`…) and its payload, parsed when it is JSON. */
export interface EnvelopeItem {
  header: { type: string; length?: number; [key: string]: unknown };
  payload: unknown;
  /** The payload's bytes as sent. */
  raw: Buffer;
}

export interface Envelope {
  header: Record<string, unknown>;
  items: EnvelopeItem[];
}

const NEWLINE = 0x0a;

function lineAt(body: Buffer, offset: number): { line: Buffer; next: number } {
  const end = body.indexOf(NEWLINE, offset);
  return end === -1 ? { line: body.subarray(offset), next: body.length } : { line: body.subarray(offset, end), next: end + 1 };
}

function parseJsonOrRaw(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString("utf8"));
  } catch {
    return raw;
  }
}

/**
 * Parses Sentry's envelope format: a JSON header line, then for each item a
 * JSON item header line and its payload, which is `length` bytes when the item
 * header says so (it may then contain newlines), else the rest of the line.
 */
export function parseEnvelope(body: Buffer): Envelope {
  const first = lineAt(body, 0);
  const header = JSON.parse(first.line.toString("utf8")) as Record<string, unknown>;
  const items: EnvelopeItem[] = [];
  let offset = first.next;
  while (offset < body.length) {
    const itemLine = lineAt(body, offset);
    offset = itemLine.next;
    if (itemLine.line.length === 0) continue; // a trailing newline
    const itemHeader = JSON.parse(itemLine.line.toString("utf8")) as EnvelopeItem["header"];
    let raw: Buffer;
    if (typeof itemHeader.length === "number") {
      raw = body.subarray(offset, offset + itemHeader.length);
      if (raw.length < itemHeader.length) throw new Error(`Envelope item "${itemHeader.type}" is cut short`);
      offset += itemHeader.length;
      if (body[offset] === NEWLINE) offset += 1;
    } else {
      const payloadLine = lineAt(body, offset);
      raw = payloadLine.line;
      offset = payloadLine.next;
    }
    items.push({ header: itemHeader, payload: parseJsonOrRaw(raw), raw });
  }
  return { header, items };
}
