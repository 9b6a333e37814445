import { DeliveryError } from "./notification";

const TIMEOUT_MS = 5_000;

/**
 * POSTs JSON and checks the answer with `accept`. Errors name the status
 * only: the URL itself is a secret for Slack and webhooks.
 */
export async function postJson(url: string, body: unknown, accept: (status: number, text: string) => boolean): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: "error",
    });
  } catch (error) {
    const reason = error instanceof Error && error.name === "TimeoutError" ? "timed out" : "unreachable";
    throw new DeliveryError(`the receiver is ${reason}`, null);
  }
  const text = await response.text().catch(() => "");
  if (!accept(response.status, text)) throw new DeliveryError(`the receiver answered ${response.status}`, response.status);
}
