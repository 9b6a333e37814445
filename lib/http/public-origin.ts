const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$/;

/**
 * The origin the browser used: behind App Hosting's proxy (or any proxy) the
 * request URL names the server's own address, so the forwarded host and
 * protocol win when they are well-formed.
 */
export function publicOrigin(request: Request): string {
  const url = new URL(request.url);
  const forwardedHost = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = forwardedHost && HOST.test(forwardedHost) ? forwardedHost : (request.headers.get("host") ?? url.host);
  const forwardedProto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const protocol = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : url.protocol.replace(":", "");
  return `${protocol}://${HOST.test(host) ? host : url.host}`;
}
