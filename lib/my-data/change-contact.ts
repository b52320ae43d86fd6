import { and, eq } from "drizzle-orm";
import { accounts, customers, exportEvents, type Account, type Address } from "@/db/schema";
import { assertRole, ROLES, type CustomerScope } from "@/lib/auth/customer-scope";
import type { RequestMeta } from "@/lib/request/meta";
import type { FormState } from "@/lib/actions/form-state";
import { auditCustomer } from "@/lib/audit";
import { addHours, now } from "@/lib/clock";
import { verifySecret } from "@/lib/auth/password-hash";
import { hitRateLimit } from "@/lib/security/rate-limit";
import { issueLinkToken, TOKEN_TTL_HOURS } from "@/lib/accounts/tokens";
import { sendEmail } from "@/lib/email/send";
import { WRONG_CURRENT_PASSWORD } from "@/lib/accounts/change-password";
import type { ContactInput } from "./contact-schema";

/**
 * "Moje dane" → "Dane kontaktowe" (S19). Nothing changes without the right current password. The
 * phone and correspondence address are saved at once and queued for the CRM; a new e-mail address
 * only gets a confirmation link (to the NEW address) — the account keeps the old one until it is opened.
 */
export const CONTACT_SAVED = "Dane kontaktowe zostały zapisane.";
export const EMAIL_LINK_SENT = "Na nowy adres wysłaliśmy link potwierdzający. Adres zmieni się po jego kliknięciu.";
export const CONTACT_THROTTLED = "Zbyt wiele prób zmiany danych. Spróbuj ponownie za kilkanaście minut.";
export const NOTHING_CHANGED = "Nie wprowadzono żadnych zmian.";

/** Guessing the password through this form is as slow as through the sign-in form. */
export const contactChangeRule = { name: "contact-change-account", limit: 10, windowSeconds: 900 };

const sameAddress = (a: Address | null, b: Address | null) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The signed-in person's own password confirms a change of contact data (S19), under the per-account
 * limit; a wrong one is audited. Null when confirmed, else the form's answer.
 */
export async function refusedPassword(
  scope: CustomerScope,
  account: Pick<Account, "id" | "passwordHash">,
  request: RequestMeta,
  currentPassword: string,
): Promise<FormState | null> {
  if (!(await hitRateLimit(scope.db, contactChangeRule, account.id)).allowed) return { status: "error", formError: CONTACT_THROTTLED };
  const ok = Boolean(currentPassword) && account.passwordHash !== null && (await verifySecret(account.passwordHash, currentPassword));
  if (ok) return null;
  await auditCustomer(scope, request, { targetKind: "account", targetId: account.id, action: "contact.change_failed", details: { reason: "wrong-current" } });
  return { status: "error", fieldErrors: { currentPassword: [WRONG_CURRENT_PASSWORD] } };
}

/** `account`: the signed-in account as read with the session (its password hash, e-mail and phone). */
export async function changeContact(scope: CustomerScope, account: Account, request: RequestMeta, input: ContactInput): Promise<FormState> {
  assertRole(scope, ROLES.holder);
  const { db, tenant } = scope;
  const refused = await refusedPassword(scope, account, request, input.currentPassword);
  if (refused) return refused;
  const target = { targetKind: "account", targetId: account.id };

  const [customer] = await db
    .select({ correspondenceAddress: customers.correspondenceAddress })
    .from(customers)
    .where(and(eq(customers.tenantId, tenant.id), eq(customers.id, scope.customerId)))
    .limit(1);
  const contactChanged = input.phone !== account.phone || !sameAddress(input.correspondenceAddress, customer?.correspondenceAddress ?? null);
  const emailChanged = input.email !== account.email.toLowerCase();
  if (!contactChanged && !emailChanged) return { status: "success", message: NOTHING_CHANGED };

  await db.transaction(async (tx) => {
    if (contactChanged) {
      const at = now();
      await tx
        .update(accounts)
        .set({ phone: input.phone })
        .where(and(eq(accounts.id, account.id), eq(accounts.tenantId, tenant.id)));
      await tx
        .update(customers)
        .set({ correspondenceAddress: input.correspondenceAddress, updatedAt: at })
        .where(and(eq(customers.tenantId, tenant.id), eq(customers.id, scope.customerId)));
      const payload = { phone: input.phone, correspondenceAddress: input.correspondenceAddress };
      await tx.insert(exportEvents).values({ tenantId: tenant.id, customerId: scope.customerId, type: "contact.changed", payload, createdAt: at });
      await auditCustomer({ ...scope, db: tx }, request, { ...target, action: "contact.changed", details: { fields: ["phone", "correspondenceAddress"] } });
    }
    if (emailChanged) {
      const token = await issueLinkToken(tx, { tenantId: tenant.id, accountId: account.id, purpose: "email_change", payload: { email: input.email } });
      const path = `/moje-dane/potwierdz-email/${token}`;
      await sendEmail(tx, {
        tenant,
        to: input.email,
        template: { name: "email-change", props: { newEmail: input.email, path, expiresAt: addHours(now(), TOKEN_TTL_HOURS) } },
      });
      await auditCustomer({ ...scope, db: tx }, request, { ...target, action: "email_change.requested", details: {} });
    }
  });
  const message = [contactChanged ? CONTACT_SAVED : null, emailChanged ? EMAIL_LINK_SENT : null].filter(Boolean).join(" ");
  return { status: "success", message };
}
