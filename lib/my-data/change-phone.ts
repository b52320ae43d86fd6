import { and, eq } from "drizzle-orm";
import { accounts, exportEvents, type Account } from "@/db/schema";
import { assertRole, ROLES, type CustomerScope } from "@/lib/auth/customer-scope";
import type { RequestMeta } from "@/lib/request/meta";
import type { FormState } from "@/lib/actions/form-state";
import { auditCustomer } from "@/lib/audit";
import { now } from "@/lib/clock";
import { NOTHING_CHANGED, refusedPassword } from "@/lib/my-data/change-contact";
import type { PhoneInput } from "./contact-schema";

/**
 * A delegate with the full role on "Moje dane" (docs/accounts.md §17): the customer's contact phone
 * only. Not the e-mail — it is where password recovery goes, so changing it would hand over the
 * account — and not the correspondence address or consents. The customer's phone is kept on the
 * holder's account (the one account of the customer number); the delegate's OWN password confirms.
 */
export const PHONE_SAVED = "Numer telefonu klienta został zapisany.";

/** The customer's contact phone and e-mail: those of the holder's account, or null without one. */
export async function customerContact(scope: CustomerScope): Promise<{ phone: string | null; email: string } | null> {
  const [holder] = await scope.db
    .select({ phone: accounts.phone, email: accounts.email })
    .from(accounts)
    .where(and(eq(accounts.tenantId, scope.tenant.id), eq(accounts.customerId, scope.customerId)))
    .limit(1);
  return holder ?? null;
}

/** `account`: the signed-in delegate's own account (its password hash). */
export async function changeCustomerPhone(
  scope: CustomerScope,
  account: Pick<Account, "id" | "passwordHash">,
  request: RequestMeta,
  input: PhoneInput,
): Promise<FormState> {
  assertRole(scope, ROLES.full);
  const refused = await refusedPassword(scope, account, request, input.currentPassword);
  if (refused) return refused;
  if (input.phone === ((await customerContact(scope))?.phone ?? null)) return { status: "success", message: NOTHING_CHANGED };
  await scope.db.transaction(async (tx) => {
    const at = now();
    const [holder] = await tx
      .update(accounts)
      .set({ phone: input.phone })
      .where(and(eq(accounts.tenantId, scope.tenant.id), eq(accounts.customerId, scope.customerId)))
      .returning({ id: accounts.id });
    await tx
      .insert(exportEvents)
      .values({ tenantId: scope.tenant.id, customerId: scope.customerId, type: "contact.changed", payload: { phone: input.phone }, createdAt: at });
    await auditCustomer({ ...scope, db: tx }, request, {
      targetKind: "account",
      targetId: holder?.id ?? null,
      action: "contact.changed",
      details: { fields: ["phone"] },
    });
  });
  return { status: "success", message: PHONE_SAVED };
}
