export interface SseMessage {
  event: string;
  data: string;
}

/**
 * Incremental parser for `text/event-stream`: feed it text as it arrives and it
 * returns the complete messages so far. Used by the browser and by tests.
 */
export function createSseParser(): { push(text: string): SseMessage[]; end(): SseMessage[] } {
  let buffer = "";
  const parseBlock = (block: string): SseMessage | null => {
    let event = "message";
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith(":")) continue;
      const colon = line.indexOf(":");
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
      if (field === "event") event = value;
      else if (field === "data") data.push(value);
    }
    return data.length > 0 ? { event, data: data.join("\n") } : null;
  };
  const drain = (final: boolean): SseMessage[] => {
    const blocks = buffer.split(/\r?\n\r?\n/);
    buffer = final ? "" : (blocks.pop() ?? "");
    return blocks.map(parseBlock).filter((message): message is SseMessage => message !== null);
  };
  return {
    push(text) {
      buffer += text;
      return drain(false);
    },
    end() {
      return drain(true);
    },
  };
}

/** Reads a whole SSE response body into messages with parsed JSON data. */
export async function readSseEvents(response: Response): Promise<{ event: string; data: unknown }[]> {
  const parser = createSseParser();
  const messages: SseMessage[] = [];
  const decoder = new TextDecoder();
  const reader = response.body?.getReader();
  if (!reader) return [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    messages.push(...parser.push(decoder.decode(value, { stream: true })));
  }
  messages.push(...parser.end());
  return messages.map(({ event, data }) => ({ event, data: JSON.parse(data) as unknown }));
}
