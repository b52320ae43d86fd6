import { createReadStream, statSync } from "node:fs";
import http from "node:http";
import type { LineError } from "@/lib/import/check";
import type { ImportCounts } from "@/lib/import/import-json-lines";

/**
 * Sends a file to a running app's POST /api/import. node:http rather than fetch: fetch drops a custom
 * Host header and cannot resolve *.localhost (docs/toolchain.md §6), and the tenant is chosen by Host.
 */

export type AppImportAnswer =
  | { status: "applied"; lines: number; counts: ImportCounts }
  | { status: "rejected"; errors: LineError[]; errorCount: number }
  | { status: "error"; httpStatus: number; message: string };

export function sendFileToApp(options: {
  port: number;
  host: string;
  key: string;
  file: string;
  onBytes?: (sent: number, total: number) => void;
}): Promise<AppImportAnswer> {
  const total = statSync(options.file).size;
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port: options.port,
        method: "POST",
        path: "/api/import",
        headers: { Host: options.host, Authorization: `Bearer ${options.key}`, "Content-Type": "application/x-ndjson", "Content-Length": total },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let body: Record<string, unknown> = {};
          try {
            body = JSON.parse(text) as Record<string, unknown>;
          } catch {
            body = { error: text.slice(0, 500) };
          }
          const status = response.statusCode ?? 0;
          if (status === 200 || status === 422) resolve(body as AppImportAnswer);
          else resolve({ status: "error", httpStatus: status, message: String(body.error ?? `HTTP ${status}`) });
        });
      },
    );
    request.on("error", reject);
    let sent = 0;
    const file = createReadStream(options.file);
    file.on("data", (chunk) => {
      sent += chunk.length;
      options.onBytes?.(sent, total);
    });
    file.on("error", reject);
    file.pipe(request);
  });
}
