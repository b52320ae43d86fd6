import { and, desc, eq } from "drizzle-orm";
import { customers, invoices } from "@/db/schema";
import type { Db, Tx } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import type { CustomerNumberRegistration } from "@/lib/accounts/schemas/registration";
import { issueLinkToken } from "@/lib/accounts/tokens";
import { CAPTCHA_MESSAGES, verifyCaptcha } from "@/lib/security/captcha";
import { sendEmail } from "@/lib/email/send";
import { maskEmail } from "@/emails/email-changed";
import {
  accountByLogin,
  accountOfCustomer,
  contactsSentence,
  deleteAccount,
  createPendingAccount,
  FLOW_NOT_OFFERED,
  offersFlow,
  type RegistrationFailure,
} from "@/lib/accounts/registration-common";
import type { RequestMeta } from "@/lib/request/meta";
import { blockedMessage, registrationLimit, type ProofIdentifier } from "@/lib/accounts/registration-limits";
import { attemptRegistration, RegistrationRefused as Refused } from "@/lib/accounts/registration-attempt";

/**
 * MPEC registration (document 004): the customer number plus the number of the last invoice — or,
 * for tenants of a housing cooperative whom the CRM marks for it, that invoice's gross amount —
 * prove who the user is. The account is created pending, and the user sets the password at once
 * ("Ustaw hasło do portalu"), carried there by a single-use token that the action keeps in a
 * cookie, never in the URL. Five failed proofs for one customer number block it for a day, from
 * any address (S26); a registration with an address other than the CRM's is announced to the CRM's.
 */

/** How long the "Ustaw hasło do portalu" step stays open after a successful registration. */
export const PASSWORD_STEP_MINUTES = 30;
export const PASSWORD_STEP = "registration";

export const customerNumberMessages = {
  noProof: (tenant: Tenant) =>
    `Podane dane nie pozwalają potwierdzić tożsamości. Sprawdź numer odbiorcy (Nr Nabywcy z faktury) oraz numer ostatniej faktury lub kwotę ostatniego rozliczenia. Jeżeli dane są poprawne, skontaktuj się z nami — ${contactsSentence(tenant)}`,
  hasAccount: (tenant: Tenant) =>
    `Dla tego numeru odbiorcy istnieje już konto w ${tenant.names.product}. Zaloguj się numerem odbiorcy lub skorzystaj z opcji „${tenant.texts.forgotPasswordLink}”.`,
  blocked: (tenant: Tenant) => blockedMessage(tenant, "dla tego numeru odbiorcy"),
} as const;

export type CustomerNumberResult = { ok: true; accountId: string; login: string; passwordStepToken: string } | RegistrationFailure;

export async function registerByCustomerNumber(db: Db, tenant: Tenant, input: CustomerNumberRegistration, meta: RequestMeta): Promise<CustomerNumberResult> {
  if (!offersFlow(tenant, "customer-number")) return { ok: false, formError: FLOW_NOT_OFFERED };
  const byAddress = await registrationLimit(db, tenant, meta, []);
  if (byAddress) return { ok: false, formError: byAddress };
  if (tenant.captcha) {
    const captcha = await verifyCaptcha(db, input.captcha);
    if (!captcha.ok) return { ok: false, fieldErrors: { altcha: [CAPTCHA_MESSAGES[captcha.reason]] } };
  }
  // Per customer number only behind the captcha, so nobody can use up a customer's attempts for free.
  const identifiers: ProofIdentifier[] = [{ kind: "customer-number", value: input.customerNumber }];
  const byIdentifier = await registrationLimit(db, tenant, null, identifiers);
  if (byIdentifier) return { ok: false, formError: byIdentifier };
  const hasAccount: RegistrationFailure = { ok: false, formError: customerNumberMessages.hasAccount(tenant) };
  const blocked = customerNumberMessages.blocked(tenant);
  return attemptRegistration(db, tenant, meta, {
    identifiers,
    blocked,
    register: (tx) => register(tx, tenant, input, meta),
    onUniqueViolation: () => hasAccount,
  });
}

/** The customer's newest document of kind "invoice" by issue date (ties: the highest number). */
async function lastInvoice(tx: Tx, tenantId: string, customerId: string) {
  const [row] = await tx
    .select({ number: invoices.number, gross: invoices.gross })
    .from(invoices)
    .where(and(eq(invoices.tenantId, tenantId), eq(invoices.customerId, customerId), eq(invoices.kind, "invoice")))
    .orderBy(desc(invoices.issueDate), desc(invoices.number))
    .limit(1);
  return row ?? null;
}

const sameNumber = (a: string, b: string) => a.replace(/\s/g, "").toUpperCase() === b.replace(/\s/g, "").toUpperCase();

async function register(tx: Tx, tenant: Tenant, input: CustomerNumberRegistration, meta: RequestMeta): Promise<CustomerNumberResult> {
  const [customer] = await tx
    .select({ id: customers.id, email: customers.email, registrationProofs: customers.registrationProofs })
    .from(customers)
    .where(and(eq(customers.tenantId, tenant.id), eq(customers.customerNumber, input.customerNumber)))
    .limit(1);
  const invoice = customer ? await lastInvoice(tx, tenant.id, customer.id) : null;
  // The amount is easier to come by than the number (it is on the cooperative's settlement too), so
  // it proves only the customers the CRM lists it for.
  const proven =
    invoice !== null &&
    (input.proof.kind === "invoice"
      ? sameNumber(invoice.number, input.proof.invoiceNumber)
      : customer!.registrationProofs.includes("settlementAmount") && invoice.gross === input.proof.grosze);
  if (!customer || !proven) throw new Refused({ ok: false, formError: customerNumberMessages.noProof(tenant) }, { proofFailed: true });

  // A pending account here never got its password: the same proof starts the registration afresh.
  const existing = await accountOfCustomer(tx, tenant.id, customer.id);
  if (existing?.status === "pending_activation") await deleteAccount(tx, existing);
  else if (existing) throw new Refused({ ok: false, formError: customerNumberMessages.hasAccount(tenant) });
  const login = input.customerNumber;
  const holder = await accountByLogin(tx, tenant.id, login);
  if (holder?.status === "pending_activation") await deleteAccount(tx, holder);
  else if (holder) throw new Refused({ ok: false, formError: customerNumberMessages.hasAccount(tenant) });

  const { accountId, at } = await createPendingAccount(
    tx,
    tenant,
    {
      customerId: customer.id,
      login,
      email: input.email,
      consents: [
        { kind: "regulation", granted: true },
        { kind: "data_processing", granted: true },
        { kind: "e_invoice", granted: input.eInvoice },
      ],
      details: { flow: "customer-number", proof: input.proof.kind, eInvoice: input.eInvoice },
    },
    meta,
  );
  const passwordStepToken = await issueLinkToken(tx, {
    tenantId: tenant.id,
    accountId,
    purpose: "password_reset_link",
    ttlHours: PASSWORD_STEP_MINUTES / 60,
    payload: { step: PASSWORD_STEP },
  });
  if (customer.email && customer.email.trim().toLowerCase() !== input.email.trim().toLowerCase()) {
    await sendEmail(tx, {
      tenant,
      to: customer.email,
      template: { name: "registration-notice", props: { login, maskedEmail: maskEmail(input.email), registeredAt: at } },
    });
  }
  return { ok: true, accountId, login, passwordStepToken };
}
