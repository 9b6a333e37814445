export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { onNodeServerStart } = await import("./lib/server-start");
    await onNodeServerStart();
  }
}
