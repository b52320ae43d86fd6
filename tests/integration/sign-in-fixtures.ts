import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { accounts, customers, type Account, type HolderAccount } from "@/db/schema";
import { hashSecret } from "@/lib/auth/password-hash";
import { acceptRegulation } from "@/lib/regulations/acceptance";
import { currentRegulation } from "@/lib/regulations/in-force";
import { requireTenantById } from "@/lib/tenant/registry";

/** Shared by the sign-in, lockout, forced-change and regulation-gate tests: a customer with an account. */
export const PASSWORD = "Zielony-Kot-42";
export const address = { street: "ul. Polna", building: "2", postalCode: "00-002", city: "Warszawa" };
// No address: the per-address limit is tested on its own; the rest stays under the per-login one.
export const request = { ip: null, userAgent: "vitest" };

export const tenant = (id: "polo" | "polsp" | "mpec" = "polo") => requireTenantById(id);

export async function createAccount(
  db: Db,
  options: { tenantId?: string; status?: Account["status"]; password?: string | null; acceptRegulation?: boolean; pesel?: string } = {},
): Promise<HolderAccount & { password: string }> {
  const tenantId = options.tenantId ?? "polo";
  const customerId = `C-${randomUUID().slice(0, 8)}`;
  await db.insert(customers).values({ tenantId, id: customerId, kind: "individual", pesel: options.pesel ?? "44051401359", name: "Jan Nowak", address });
  const password = options.password === undefined ? PASSWORD : options.password;
  const [account] = await db
    .insert(accounts)
    .values({
      tenantId,
      customerId,
      login: `jan-${customerId.toLowerCase()}`,
      email: `${customerId.toLowerCase()}@example.pl`,
      status: options.status ?? "active",
      passwordHash: password === null ? null : await hashSecret(password),
    })
    .returning();
  if (options.acceptRegulation !== false) {
    const version = await currentRegulation(db, requireTenantById(tenantId));
    await acceptRegulation(db, { tenantId, accountId: account!.id, versionId: version.id, ip: null });
  }
  return { ...account!, customerId, password: password ?? "" };
}

/** Lets each attempt fall into a fresh rate-limit window. */
export const nextWindowSeconds = (i: number) => (i + 1) * 301;
