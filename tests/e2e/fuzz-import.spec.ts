import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import http from "node:http";
import fc from "fast-check";
import { expect, test } from "@playwright/test";
import { like } from "drizzle-orm";
import { openPostgres } from "@/db/client";
import { customers } from "@/db/schema";
import { FUZZ_ID_PREFIX, fuzzParams, fuzzRuns, importFile, isPolishMessage, stackTraceIn } from "@/tests/helpers/fuzz";
import { send, type Answer, type Sent } from "./fuzz-http";
import { appRequest, type TenantId } from "./factories";
import { e2eDatabaseUrl as databaseUrl } from "./database-url";

/**
 * Issue #7 item 4, the import API: POST /api/import fed malformed JSON Lines (wrong types, truncated
 * lines, invalid UTF-8, BOMs, CRLF, NUL, huge values, empty bodies) and malformed requests. Always a
 * 4xx with a Polish answer (422 with numbered lines, 401, 404, 413) or a 200 — never a 5xx or a
 * stack trace — and a rejected file writes nothing. The import function itself is fuzzed on PGlite
 * in tests/integration/import-fuzz.test.ts.
 */

const RUNS = fuzzRuns(25);
const tenants: TenantId[] = ["polo", "polsp", "mpec"];

const keyOf = (tenant: TenantId) => (JSON.parse(readFileSync("test-results/e2e-import-keys.json", "utf8")) as Record<string, string>)[tenant]!;

type ImportAnswer = { status?: string; errors?: { line: number; reason: string }[]; error?: string };

function describeAnswer(sent: Sent, answer: Answer) {
  return `${sent.host}${sent.path} ${JSON.stringify(sent.headers)} → ${answer.status}\n${answer.body.slice(0, 400)}`;
}

function parsed(answer: Answer, context: string): ImportAnswer {
  expect(answer.headers["content-type"], context).toMatch(/^application\/json/);
  return JSON.parse(answer.body) as ImportAnswer;
}

/** Customers whose id starts with `prefix` (each fuzz case gives its ids a prefix of its own). */
async function customersWith(prefix: string): Promise<number> {
  const handle = openPostgres(databaseUrl, { max: 1 });
  try {
    return (
      await handle.db
        .select({ id: customers.id })
        .from(customers)
        .where(like(customers.id, `${prefix}%`))
    ).length;
  } finally {
    await handle.close();
  }
}

/** The file's fuzz ids ("FZ-…") renamed to this case's own prefix, bytes left as they are. */
const withPrefix = (bytes: Buffer, prefix: string) => Buffer.from(bytes.toString("latin1").replaceAll(`"${FUZZ_ID_PREFIX}`, `"${prefix}`), "latin1");

/** A request that announces 600 MB and sends a few bytes: the answer must come without the rest. */
function declaredTooLarge(host: string, authorization: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(appRequest(host, "POST", "/api/import", { Authorization: authorization, "Content-Length": String(600 * 1024 * 1024) }), (res) => {
      const parts: Buffer[] = [];
      res.on("data", (c: Buffer) => parts.push(c));
      res.on("end", () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts).toString("utf8") });
      });
    });
    req.setTimeout(15_000, () => req.destroy(new Error("no answer to an oversized Content-Length")));
    req.on("error", reject);
    req.write("{}\n"); // and never the rest: the request stays open until the answer
  });
}

test.describe("fuzz: import API", () => {
  test("malformed files: 200 or a 422 naming real lines in Polish; a rejected file writes nothing", async () => {
    test.setTimeout(60_000 + RUNS * 1000);
    const run = randomBytes(4).toString("hex").toUpperCase();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...tenants), importFile, fc.boolean(), async (tenant, file, chunked) => {
        const prefix = `FZ${run}${(n++).toString(36).toUpperCase()}-`;
        const bytes = withPrefix(file.bytes, prefix);
        const sent: Sent = {
          host: `${tenant}.localhost`,
          path: "/api/import",
          headers: { Authorization: `Bearer ${keyOf(tenant)}`, "Content-Type": "application/x-ndjson" },
          // Chunked without a length, or in one piece with it.
          body: chunked ? [bytes.subarray(0, bytes.length >> 1), bytes.subarray(bytes.length >> 1)] : bytes,
        };
        const answer = await send(sent);
        const context = describeAnswer(sent, answer);
        expect(stackTraceIn(answer.body), context).toBeNull();
        expect([200, 422], context).toContain(answer.status);
        const result = parsed(answer, context);
        if (answer.status === 200) return;
        expect(result.status, context).toBe("rejected");
        const physicalLines = bytes.toString("latin1").split("\n").length;
        for (const error of result.errors ?? []) {
          expect(error.line, context).toBeGreaterThanOrEqual(1);
          expect(error.line, context).toBeLessThanOrEqual(physicalLines);
          expect(isPolishMessage(error.reason), `not Polish: ${JSON.stringify(error.reason)}\n${context}`).toBe(true);
        }
        expect(result.errors?.length, context).toBeGreaterThan(0);
        // All or nothing: none of this file's customers exists.
        expect(await customersWith(prefix), context).toBe(0);
      }),
      fuzzParams(RUNS),
    );
  });

  test("malformed requests: wrong keys, hosts and methods are 4xx with a Polish answer", async () => {
    test.setTimeout(60_000 + RUNS * 400);
    const requestArb = fc.record({
      host: fc.constantFrom("polo.localhost", "mpec.localhost", "admin.localhost", "nieznany.localhost"),
      authorization: fc.oneof(
        fc.constant<string | null>(null),
        fc.constantFrom("Bearer", "Bearer ", "Basic dXNlcjpwYXNz", `Bearer ${"x".repeat(5000)}`, "Bearer \u0105\u0119", "bearer  a b"),
        fc.string({ maxLength: 80 }).map((s) => `Bearer ${s}`),
        fc.string({ unit: "binary", maxLength: 40 }).map((s) => `Bearer ${s}`),
        fc.constant("Bearer <key of another seller>"),
      ),
      body: fc.oneof(
        fc.constant(Buffer.alloc(0)),
        importFile.map((f) => f.bytes),
      ),
    });
    await fc.assert(
      fc.asyncProperty(requestArb, async ({ host, authorization, body }) => {
        const headers: Record<string, string> = {};
        // Header values must be Latin-1 on the wire; anything else is what a client could not send.
        if (authorization !== null)
          headers.Authorization =
            authorization === "Bearer <key of another seller>"
              ? `Bearer ${keyOf(host.startsWith("polo") ? "mpec" : "polo")}`
              : Buffer.from(authorization, "utf8")
                  .toString("latin1")
                  .replace(/[\x00-\x1f\x7f]/g, "");
        const sent: Sent = { host, path: "/api/import", headers, body };
        const answer = await send(sent);
        const context = describeAnswer(sent, answer);
        expect(stackTraceIn(answer.body), context).toBeNull();
        expect(answer.status, context).toBe(host === "admin.localhost" || host === "nieznany.localhost" ? 404 : 401);
        const result = parsed(answer, context);
        expect(isPolishMessage(result.error ?? ""), context).toBe(true);
      }),
      fuzzParams(RUNS),
    );
  });

  test("edges: empty body, a declared size over the limit, a line over 4 MB, GET", async () => {
    test.setTimeout(120_000);
    const host = "polo.localhost";
    const auth = { Authorization: `Bearer ${keyOf("polo")}` };

    await test.step("empty body", async () => {
      const empty = await send({ host, path: "/api/import", headers: auth, body: Buffer.alloc(0) });
      expect(empty.status).toBeLessThan(500);
    });

    // Declared bigger than IMPORT_MAX_BYTES (512 MB): refused before the body is read.
    await test.step("declared too large", async () => {
      const declared = await declaredTooLarge(host, auth.Authorization);
      expect(declared.status).toBe(413);
      expect(isPolishMessage(parsed(declared, "413").error ?? "")).toBe(true);
    });

    // One line longer than the 4 MB line limit, within the file limit: a numbered bad line.
    const prefix = `FZBIG${randomBytes(3).toString("hex").toUpperCase()}-`;
    const line = JSON.stringify({
      type: "customer",
      id: `${prefix}1`,
      kind: "individual",
      pesel: "44051401359",
      name: "ż".repeat(2_200_000),
      address: { street: "ul. Długa", building: "1", postalCode: "00-001", city: "Warszawa" },
    });
    const big = await test.step("a line over 4 MB", () => send({ host, path: "/api/import", headers: auth, body: Buffer.from(`${line}\n`) }));
    expect(big.status).toBe(422);
    const report = parsed(big, "4 MB line");
    expect(report.errors).toEqual([{ line: 1, reason: expect.stringContaining("dłuższy niż") }]);
    expect(await customersWith(prefix)).toBe(0);

    const get = await test.step("GET", () => send({ host, path: "/api/import", method: "GET", headers: auth }));
    expect(get.status).toBeLessThan(500);
    expect(get.status).toBeGreaterThanOrEqual(400);
  });
});
