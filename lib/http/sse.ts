/** Writes server-sent events to a response body; ignores writes after the client has gone. */
export interface SseWriter {
  send(event: string, data: unknown): void;
  readonly signal: AbortSignal;
}

/**
 * A `text/event-stream` response whose body is produced by `run`. The signal
 * aborts when the client disconnects (the stream is cancelled or the request
 * is aborted), so the work behind it can stop.
 */
export function sseResponse(
  request: Request,
  headers: Record<string, string>,
  run: (writer: SseWriter) => Promise<void>,
): Response {
  const controller = new AbortController();
  const abort = () => controller.abort(new Error("client disconnected"));
  request.signal.addEventListener("abort", abort, { once: true });
  const encoder = new TextEncoder();

  const body = new ReadableStream<Uint8Array>({
    start(stream) {
      const writer: SseWriter = {
        signal: controller.signal,
        send(event, data) {
          if (controller.signal.aborted) return;
          try {
            stream.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
          } catch {
            abort();
          }
        },
      };
      run(writer).finally(() => {
        request.signal.removeEventListener("abort", abort);
        try {
          stream.close();
        } catch {
          // already closed or cancelled by the client
        }
      });
    },
    cancel: abort,
  });

  return new Response(body, {
    status: 200,
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store, no-transform",
      "x-accel-buffering": "no",
      ...headers,
    },
  });
}
