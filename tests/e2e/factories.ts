import { randomInt } from "node:crypto";
import { readFileSync } from "node:fs";
import http from "node:http";
import { makePesel } from "@/lib/validation/pesel";
import { nipChecksum } from "@/lib/validation/nip";
import { E2E_PORT } from "./mailbox";

/**
 * Tests build their own world (docs/style.md §9): each test imports the customers, contracts and
 * invoices it needs through the same import API the CRM uses, with ids unique to the test so
 * parallel workers never meet. Import keys are created by scripts/e2e-server.ts at start.
 */
export type TenantId = "polo" | "polsp" | "mpec";
export const hostOf = (tenant: TenantId) => `${tenant}.localhost`;
export const tenantOrigin = (tenant: TenantId) => `http://${hostOf(tenant)}:${E2E_PORT}`;

function importKey(tenant: TenantId): string {
  const keys = JSON.parse(readFileSync("test-results/e2e-import-keys.json", "utf8")) as Record<string, string>;
  const key = keys[tenant];
  if (!key) throw new Error(`no e2e import key for ${tenant}`);
  return key;
}

/** The options of a request to the app on `host` (Node cannot resolve *.localhost, so Host is set by hand). */
export const appRequest = (host: string, method: string, path: string, headers: http.OutgoingHttpHeaders): http.RequestOptions => ({
  host: "127.0.0.1",
  port: E2E_PORT,
  path,
  method,
  headers: { Host: `${host}:${E2E_PORT}`, ...headers },
});

/** POST /api/import on the tenant's host (Node cannot resolve *.localhost, so Host is set by hand). */
export function importRecords(tenant: TenantId, records: object[]): Promise<{ status: number; body: unknown }> {
  const payload = records.map((r) => JSON.stringify(r)).join("\n") + "\n";
  return new Promise((resolve, reject) => {
    const req = http.request(
      appRequest(hostOf(tenant), "POST", "/api/import", { Authorization: `Bearer ${importKey(tenant)}`, "Content-Type": "application/x-ndjson" }),
      (res) => {
        let data = "";
        res.on("data", (c) => (data += c));
        res.on("end", () => {
          const result = { status: res.statusCode ?? 0, body: data ? JSON.parse(data) : null };
          if (result.status !== 200) reject(new Error(`import failed ${result.status}: ${data}`));
          else resolve(result);
        });
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

const uid = () => `${Date.now().toString(36)}${randomInt(1e9).toString(36)}`;

export function randomPesel(): string {
  const year = 1950 + randomInt(50);
  const date = `${year}-${String(1 + randomInt(12)).padStart(2, "0")}-${String(1 + randomInt(28)).padStart(2, "0")}`;
  return makePesel(date, randomInt(1000), randomInt(2) === 0);
}

export function randomNip(): string {
  for (;;) {
    const first9 = `${1 + randomInt(9)}${String(randomInt(1e8)).padStart(8, "0")}`;
    const check = nipChecksum(first9);
    if (check !== 10) return first9 + check;
  }
}

export type TestCustomer = {
  id: string;
  kind: "individual" | "business";
  pesel?: string;
  nip?: string;
  customerNumber: string;
  contractNumber: string;
  lastInvoiceNumber: string;
  lastInvoiceGross: string;
  email: string;
};

const address = { street: "ul. Testowa", building: "7", apartment: "3", postalCode: "00-950", city: "Warszawa" };

/**
 * One customer with a contract in `contractStatus` and two invoices (the newer is the "last
 * invoice" MPEC registration asks for), imported into `tenant`.
 */
export async function createCustomer(
  tenant: TenantId,
  options: { kind?: "individual" | "business"; contractStatus?: "draft" | "signed_by_customer" | "active" | "terminated"; email?: string } = {},
): Promise<TestCustomer> {
  const id = `E2E-${uid()}`;
  const kind = options.kind ?? "individual";
  const customer: TestCustomer = {
    id,
    kind,
    pesel: kind === "individual" ? randomPesel() : undefined,
    nip: kind === "business" ? randomNip() : undefined,
    customerNumber: String(randomInt(10_000_000, 99_999_999)),
    contractNumber: `UM/${uid().toUpperCase()}`,
    lastInvoiceNumber: `FV/${uid().toUpperCase()}`,
    lastInvoiceGross: "246.00",
    email: options.email ?? `${id.toLowerCase()}@example.com`,
  };
  const invoice = (number: string, issueDate: string, gross: string) => {
    const net = (Number(gross) / 1.23).toFixed(2);
    const vat = (Number(gross) - Number(net)).toFixed(2);
    return {
      type: "invoice",
      id: `${id}-${number}`,
      customer: id,
      contract: `${id}-K`,
      number,
      kind: "invoice",
      issueDate,
      dueDate: issueDate,
      net,
      vat,
      gross,
      lines: [{ description: "Energia elektryczna", quantity: "1", unit: "szt.", net, vatRate: "23", vat, gross }],
    };
  };
  await importRecords(tenant, [
    {
      type: "customer",
      id,
      kind,
      ...(customer.pesel ? { pesel: customer.pesel } : {}),
      ...(customer.nip ? { nip: customer.nip } : {}),
      customerNumber: customer.customerNumber,
      name: kind === "individual" ? "Anna Testowa" : "Testowa Spółka z o.o.",
      email: customer.email,
      address,
    },
    {
      type: "contract",
      id: `${id}-K`,
      customer: id,
      number: customer.contractNumber,
      status: options.contractStatus ?? "active",
      signedAt: "2025-01-10",
      startDate: "2025-02-01",
      product: "Prąd Stała Cena",
    },
    invoice(`FV/${uid().toUpperCase()}`, "2026-09-30", "123.00"),
    invoice(customer.lastInvoiceNumber, "2026-10-31", customer.lastInvoiceGross),
  ]);
  return customer;
}
