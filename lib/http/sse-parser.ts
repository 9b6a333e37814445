/** One server-sent event: its name (default "message") and its data lines joined. */
export interface SseMessage {
  event: string;
  data: string;
}

/**
 * Incremental parser for the text/event-stream format (WHATWG HTML, "Server-sent events").
 * Feed it decoded text in chunks of any size; it returns the events each chunk completes.
 */
export class SseParser {
  private buffer = "";
  private event = "";
  private data: string[] = [];

  push(chunk: string): SseMessage[] {
    this.buffer += chunk;
    const out: SseMessage[] = [];
    // A trailing "\r" may be the first half of "\r\n": keep it for the next chunk.
    const lines = this.buffer.split(/\r\n|\n|\r(?!$)/);
    this.buffer = lines.pop() ?? "";
    for (const line of lines) {
      const message = this.line(line);
      if (message) out.push(message);
    }
    return out;
  }

  /**
   * End of stream. A final "\r" was held back in case "\n" followed: it ends a line after all.
   * An event without its blank line is dropped, as the spec says.
   */
  end(): SseMessage[] {
    const pending = this.buffer;
    this.buffer = "";
    const message = pending.endsWith("\r") ? this.line(pending.slice(0, -1)) : null;
    this.event = "";
    this.data = [];
    return message ? [message] : [];
  }

  private line(line: string): SseMessage | null {
    if (line === "") {
      if (this.data.length === 0) {
        this.event = "";
        return null;
      }
      const message = { event: this.event || "message", data: this.data.join("\n") };
      this.event = "";
      this.data = [];
      return message;
    }
    if (line.startsWith(":")) return null;
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "event") this.event = value;
    else if (field === "data") this.data.push(value);
    return null;
  }
}

/** Reads a byte stream as server-sent events until it ends or the signal aborts. */
export async function* readSse(body: ReadableStream<Uint8Array>): AsyncGenerator<SseMessage> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = new SseParser();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield* parser.push(decoder.decode(value, { stream: true }));
    }
    yield* parser.push(decoder.decode());
    yield* parser.end();
  } finally {
    reader.releaseLock();
  }
}

/** Reads a whole SSE response, parsing each event's data as JSON. */
export async function readSseEvents(response: Response): Promise<{ event: string; data: unknown }[]> {
  const events: { event: string; data: unknown }[] = [];
  if (!response.body) return events;
  for await (const { event, data } of readSse(response.body)) events.push({ event, data: JSON.parse(data) as unknown });
  return events;
}
