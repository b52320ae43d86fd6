import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { currentRequest, installRequestLogging } from "@/lib/log/http";
import { log } from "@/lib/log/logger";
import { reportRequestError } from "@/lib/log/request-error";
import { RETRY_AFTER_SECONDS, resetDatabaseOutage } from "@/lib/ops/db-outage";

/**
 * The request logger on a plain node:http server — the same Server#emit that `next start` uses
 * (lib/log/http.ts): the id, one line with status and duration, and a database outage met while
 * answering turned into 503 + Retry-After.
 */
let server: http.Server;
let base: string;
let info: MockInstance;
let error: MockInstance;
beforeEach(() => {
  info = vi.spyOn(log(), "info").mockImplementation(() => {}) as unknown as MockInstance;
  error = vi.spyOn(log(), "error").mockImplementation(() => {}) as unknown as MockInstance;
});

beforeAll(async () => {
  installRequestLogging();
  server = http.createServer((req, res) => {
    if (req.url === "/outage") {
      // What Next does when a page's query meets a stopped database: onRequestError, then a 500.
      reportRequestError(
        Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }),
        { path: "/outage", method: "GET" },
        { routeType: "render", routePath: "/outage" },
      );
      res.statusCode = 500;
      res.end("error page");
      return;
    }
    if (req.url === "/fail") {
      res.statusCode = 500;
      res.end("error page");
      return;
    }
    res.end(`id seen by the app: ${String(req.headers["x-request-id"])} / ${currentRequest()?.id}`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  resetDatabaseOutage();
});

const lineFor = (spy: MockInstance, id: string) =>
  spy.mock.calls.map((c) => c[0] as unknown as Record<string, unknown>).find((l) => l.reqId === id && typeof l.status === "number");

describe("request log", () => {
  it("gives each request an id, answers it as X-Request-Id and logs status and duration", async () => {
    const answer = await fetch(`${base}/faktury?token=abc`);
    const id = answer.headers.get("x-request-id")!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await answer.text()).toBe(`id seen by the app: ${id} / ${id}`);
    await vi.waitFor(() => expect(lineFor(info, id)).toMatchObject({ reqId: id, method: "GET", route: "/faktury", status: 200 }));
    expect(typeof lineFor(info, id)!.ms).toBe("number");
  });

  it("keeps a sane id from the proxy in front", async () => {
    const answer = await fetch(`${base}/`, { headers: { "x-request-id": "haproxy-1f2e3d4c" } });
    expect(answer.headers.get("x-request-id")).toBe("haproxy-1f2e3d4c");
    await vi.waitFor(() => expect(lineFor(info, "haproxy-1f2e3d4c")).toMatchObject({ status: 200 }));
  });

  it("turns the 500 of a database outage into 503 + Retry-After, and leaves other 500s alone", async () => {
    const outage = await fetch(`${base}/outage`);
    expect(outage.status).toBe(503);
    expect(outage.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    const id = outage.headers.get("x-request-id")!;
    await vi.waitFor(() => expect(lineFor(error, id)).toMatchObject({ status: 503 }));
    expect(error.mock.calls.some((c) => (c[0] as unknown as Record<string, unknown>).databaseOutage === true)).toBe(true);
    const other = await fetch(`${base}/fail`);
    expect(other.status).toBe(500);
    expect(other.headers.get("retry-after")).toBeNull();
  });
});
