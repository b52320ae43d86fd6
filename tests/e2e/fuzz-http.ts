import { readFileSync } from "node:fs";
import http from "node:http";
import { E2E_PORT } from "./mailbox";

/**
 * Raw HTTP for the fuzz specs: Node cannot resolve *.localhost, and the specs need full control of
 * the Host, Origin and Content-Type headers and of malformed bodies, so requests go to 127.0.0.1
 * with the Host set by hand (like tests/e2e/factories.ts).
 */

export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

export type Sent = {
  host: string;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  /** Sent as given; chunks are written one by one (no Content-Length unless a header says so). */
  body?: Buffer | Buffer[];
};

export function send({ host, path, method = "POST", headers = {}, body }: Sent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const chunks = body === undefined ? [] : Array.isArray(body) ? body : [body];
    const single = !Array.isArray(body);
    const length = single && body ? { "Content-Length": String(body.length) } : {};
    const req = http.request({ host: "127.0.0.1", port: E2E_PORT, path, method, headers: { Host: `${host}:${E2E_PORT}`, ...length, ...headers } }, (res) => {
      const parts: Buffer[] = [];
      res.on("data", (c: Buffer) => parts.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

/** multipart/form-data as undici (and so a browser-like client) writes it. */
export async function multipart(fields: [string, string][]): Promise<{ body: Buffer; contentType: string }> {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  const response = new Response(form);
  return { body: Buffer.from(await response.arrayBuffer()), contentType: response.headers.get("content-type")! };
}

export const origin = (host: string) => `http://${host}:${E2E_PORT}`;

export function cookieHeader(setCookies: string[] | undefined): string {
  return (setCookies ?? []).map((c) => c.split(";")[0]!).join("; ");
}

// ---- the server actions of the build under test --------------------------------------------

export type ActionEntry = { id: string; name: string; file: string; path: string; console: boolean };

type Manifest = { node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }> };

const PLACEHOLDER_ID = "00000000-0000-4000-8000-000000000000";

/** "app/(portal)/liczniki/[id]/page" → "/liczniki/<uuid>"; "[tenant]" → "polo". */
export function pagePath(worker: string): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/?page$/, "")
    .split("/")
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .map((s) => (s === "[tenant]" ? "polo" : s.startsWith("[") ? PLACEHOLDER_ID : s));
  return `/${segments.join("/")}`;
}

/**
 * Every server action of the production build (.next/server/server-reference-manifest.json): its
 * id, where it lives, and a page that uses it. New actions are fuzzed without touching the spec.
 */
export function buildActions(): ActionEntry[] {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifest;
  return Object.entries(manifest.node).map(([id, entry]) => {
    const workers = Object.keys(entry.workers);
    const isConsole = entry.filename.startsWith("app/konsola/") || entry.filename.startsWith("components/console/");
    // A tenant action's own page, not the console's preview of it.
    const worker = workers.find((w) => isConsole || !w.startsWith("app/konsola/")) ?? workers[0]!;
    return { id, name: entry.exportedName, file: entry.filename, path: pagePath(worker), console: isConsole };
  });
}
