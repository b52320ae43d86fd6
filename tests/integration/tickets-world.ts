import { readFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { contracts, points, ticketMessages } from "@/db/schema";
import { requireTenantById } from "@/lib/tenant/registry";
import type { TicketFields } from "@/lib/tickets/create";
import type { CustomerScope } from "@/lib/auth/customer-scope";
import type { RequestMeta } from "@/lib/request/meta";
import { createAccount } from "@/tests/integration/sign-in-fixtures";

/** A signed-in customer with one contract and one point, as the ticket code sees it. */
export async function ticketCustomer(db: Db, tenantId: "polo" | "polsp" | "mpec" = "polo") {
  const account = await createAccount(db, { tenantId });
  const contractId = `K-${randomUUID().slice(0, 8)}`;
  const pointId = `P-${randomUUID().slice(0, 8)}`;
  await db
    .insert(contracts)
    .values({ tenantId, id: contractId, customerId: account.customerId, payerId: account.customerId, number: `UM/${contractId}`, status: "active" });
  await db.insert(points).values({
    tenantId,
    id: pointId,
    contractId,
    code: `PL-${pointId}`,
    kind: "electricity",
    address: { street: "ul. Polna", building: "2", postalCode: "00-002", city: "Warszawa" },
  });
  const scope: CustomerScope = {
    db,
    tenant: requireTenantById(tenantId),
    customerId: account.customerId,
    accountId: account.id,
    role: "holder",
    delegationId: null,
  };
  const request: RequestMeta = { ip: "192.0.2.10", userAgent: "vitest" };
  return { account, scope, request, contractId, pointId };
}

export const fields = (overrides: Partial<TicketFields> = {}): TicketFields => ({
  kategoria: "",
  temat: "Brak prądu",
  wiadomosc: "Od rana nie ma prądu w budynku.",
  umowa: "",
  punkt: "",
  ...overrides,
});

export const fixture = (name: string) => readFileSync(path.join(__dirname, "../fixtures/uploads", name));

/** What the back office will do later: the office's reply, or an internal note. */
export async function staffMessage(db: Db, tenantId: string, ticketId: string, body: string, internal = false) {
  await db.insert(ticketMessages).values({ tenantId, ticketId, author: "staff", body, internal, createdAt: new Date(Date.now() + 1000) });
}
