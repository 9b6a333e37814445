import { describe, expect, it } from "vitest";
import { readSse, SseParser } from "./sse-parser";

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function collect(chunks: string[]) {
  const out = [];
  for await (const message of readSse(streamOf(chunks))) out.push(message);
  return out;
}

describe("SseParser", () => {
  it("parses named events with multi-line data and ignores comments", () => {
    const parser = new SseParser();
    const messages = parser.push(': keep-alive\n\nevent: meta\ndata: {"a":1}\n\ndata: one\ndata: two\n\n');
    expect(messages).toEqual([
      { event: "meta", data: '{"a":1}' },
      { event: "message", data: "one\ntwo" },
    ]);
  });

  it("handles events split at any byte, CRLF and CR line endings", async () => {
    const text = 'event: section\r\ndata: {"x":"é"}\r\n\r\nevent: plan\rdata: 2\r\r';
    const whole = await collect([text]);
    const bytes = new TextEncoder().encode(text);
    const pieces: string[] = [];
    // Split into single bytes, including inside the two-byte "é" and between "\r" and "\n".
    const decoder = new TextDecoder();
    for (const byte of bytes) pieces.push(decoder.decode(new Uint8Array([byte]), { stream: true }));
    const split = await collect(pieces);
    expect(whole).toEqual([
      { event: "section", data: '{"x":"é"}' },
      { event: "plan", data: "2" },
    ]);
    expect(split).toEqual(whole);
  });

  it("drops an event whose blank line never came", async () => {
    expect(await collect(["event: plan\ndata: {}\n"])).toEqual([]);
  });
});
