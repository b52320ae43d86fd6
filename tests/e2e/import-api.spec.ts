import http from "node:http";
import { readFileSync } from "node:fs";
import { test, expect } from "@playwright/test";
import { E2E_PORT } from "./mailbox";
import { hostOf, randomPesel } from "./factories";

/**
 * S21: the import API — per-tenant keys (a wrong one is 401), a body size limit (413), and a file
 * with a bad line writes nothing (422 with the line number).
 */
type Answer = { status: number; body: { errors?: { line: number; reason: string }[]; status?: string } };

function post(tenant: "polo" | "polsp", body: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      // A fresh connection each time: after the 413 the server drops the connection it refused to read.
      { agent: false, host: "127.0.0.1", port: E2E_PORT, path: "/api/import", method: "POST", headers: { Host: `${hostOf(tenant)}:${E2E_PORT}`, ...headers } },
      (res) => {
        let data = "";
        res.on("data", (c) => (data += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: data ? JSON.parse(data) : {} }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

const key = (tenant: string) => (JSON.parse(readFileSync("test-results/e2e-import-keys.json", "utf8")) as Record<string, string>)[tenant]!;
const address = { street: "ul. Kwiatowa", building: "3", postalCode: "00-950", city: "Warszawa" };

test("S21: a missing, wrong or other tenant's key is refused with 401", async () => {
  const line = JSON.stringify({ type: "customer", id: "S21-X", kind: "individual", pesel: randomPesel(), name: "Jan Próba", address }) + "\n";
  expect((await post("polo", line, {})).status).toBe(401);
  expect((await post("polo", line, { Authorization: "Bearer mbk_polo_wrong" })).status).toBe(401);
  expect((await post("polo", line, { Authorization: `Bearer ${key("polsp")}` })).status).toBe(401);
});

test("S21: a body declared larger than the limit is refused with 413", async () => {
  const answer = await post("polo", "{}\n", { Authorization: `Bearer ${key("polo")}`, "Content-Length": String(600 * 1024 * 1024) });
  expect(answer.status).toBe(413);
});

test("S21: one bad line → 422 naming it, and nothing of that file is written", async () => {
  const id = `S21-${Date.now()}`;
  const file = [
    { type: "customer", id, kind: "individual", pesel: randomPesel(), name: "Jan Próba", address },
    { type: "contract", id: `${id}-K`, customer: "NO-SUCH-CUSTOMER", number: `UM/${id}`, status: "active" },
  ]
    .map((r) => JSON.stringify(r))
    .join("\n");
  const rejected = await post("polo", file, { Authorization: `Bearer ${key("polo")}` });
  expect(rejected.status).toBe(422);
  expect(rejected.body.errors?.map((e) => e.line)).toEqual([2]);
  // The customer of line 1 was not written: a contract referring to it alone is refused too.
  const contract = JSON.stringify({ type: "contract", id: `${id}-K`, customer: id, number: `UM/${id}`, status: "active" });
  const second = await post("polo", contract, { Authorization: `Bearer ${key("polo")}` });
  expect(second.status).toBe(422);
  expect(second.body.errors?.[0]?.line).toBe(1);
});
