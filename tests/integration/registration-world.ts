import { Readable } from "node:stream";
import { expect } from "vitest";
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import type { Db } from "@/db/client";
import { importJsonLines } from "@/lib/import/import-json-lines";
import { tenantById } from "@/lib/tenant/registry";
import type { Tenant } from "@/lib/tenant/schema";
import { createCaptchaChallenge } from "@/lib/security/captcha";

/** The customers the registration tests register, imported the way the CRM sends them. */
export const polo = tenantById("polo")!;
export const polsp = tenantById("polsp")!;
export const mpec = tenantById("mpec")!;

const address = { street: "ul. Polna", building: "2", postalCode: "00-002", city: "Warszawa" };

export const customer = (id: string, fields: Record<string, unknown>) => ({ type: "customer", id, name: `Klient ${id}`, address, ...fields });
export const contract = (id: string, customerId: string, number: string, status: string) => ({ type: "contract", id, customer: customerId, number, status });
export const invoice = (id: string, customerId: string, number: string, issueDate: string, gross: string, kind = "invoice") => ({
  type: "invoice",
  id,
  customer: customerId,
  number,
  kind,
  issueDate,
  dueDate: issueDate,
  net: gross,
  vat: "0.00",
  gross,
  lines: [{ description: "Ciepło", quantity: "1", unit: "GJ", net: gross, vatRate: "zw", vat: "0.00", gross }],
});

export async function importRecords(db: Db, tenant: Tenant, records: object[]): Promise<void> {
  const text = records.map((r) => JSON.stringify(r)).join("\n") + "\n";
  const result = await importJsonLines(db, tenant, Readable.from([text]), { source: "test" });
  expect(result, JSON.stringify(result)).toMatchObject({ status: "applied" });
}

export const meta = (ip = "203.0.113.7") => ({ ip, userAgent: "vitest" });

/** Solves a real challenge the way the widget does and returns the payload it would post. */
export async function solvedCaptcha(): Promise<string> {
  const challenge = await createCaptchaChallenge();
  const solution = await solveChallenge({ challenge, deriveKey });
  expect(solution).not.toBeNull();
  return Buffer.from(JSON.stringify({ challenge: { parameters: challenge.parameters, signature: challenge.signature }, solution })).toString("base64");
}
