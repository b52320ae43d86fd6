import http from "node:http";
import https from "node:https";

/**
 * POSTs a JSON notification to the shop. Node cannot resolve *.localhost, so such hosts are
 * reached on 127.0.0.1 with the original Host header (the shop resolves its tenant from it).
 */
export function postJson(url: string, body: object, timeoutMs = 10_000): Promise<number> {
  const target = new URL(url);
  const local = target.hostname === "localhost" || target.hostname.endsWith(".localhost");
  const payload = JSON.stringify(body);
  const client = target.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    const request = client.request(
      {
        host: local ? "127.0.0.1" : target.hostname,
        port: target.port || (target.protocol === "https:" ? 443 : 80),
        path: target.pathname + target.search,
        method: "POST",
        headers: { host: target.host, "content-type": "application/json", "content-length": Buffer.byteLength(payload) },
        timeout: timeoutMs,
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", () => resolve(0));
    request.end(payload);
  });
}
