import { and, eq } from "drizzle-orm";
import { contracts, customers } from "@/db/schema";
import type { Db, Tx } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import type { ContractRegistration } from "@/lib/accounts/schemas/registration";
import { addHours } from "@/lib/clock";
import { sendEmail } from "@/lib/email/send";
import { issueLinkToken, TOKEN_TTL_HOURS } from "@/lib/accounts/tokens";
import {
  accountByLogin,
  accountOfCustomer,
  contactsSentence,
  deleteAccount,
  isExpiredPending,
  createPendingAccount,
  FLOW_NOT_OFFERED,
  offersFlow,
  type RegistrationFailure,
} from "@/lib/accounts/registration-common";
import { attemptRegistration, RegistrationRefused as Refused } from "@/lib/accounts/registration-attempt";
import type { RequestMeta } from "@/lib/request/meta";
import { blockedMessage, loginAnswersLeft, registrationLimit, type ProofIdentifier } from "@/lib/accounts/registration-limits";

/**
 * POLO/POLSp registration (document 001): PESEL or NIP plus the number of one of the customer's
 * contracts prove who the user is. Only after that proof does any answer depend on the customer's
 * state (contract status, an existing account, a taken login) — so a stranger learns nothing (S06).
 * Failed proofs count against the PESEL/NIP and the contract number, from every address (S26); a
 * proven customer hears "login taken" a few times a day at most, since each answer tells about
 * somebody else's account.
 */

const SIGNED_STATUSES = new Set(["signed_by_customer", "active", "terminated"]);

export const contractMessages = {
  notFound: (tenant: Tenant) =>
    `Nie znaleźliśmy umowy o podanym numerze dla podanego numeru PESEL/NIP. Sprawdź dane i spróbuj ponownie. Jeżeli dane są poprawne, skontaktuj się z nami — ${contactsSentence(tenant)}`,
  notSigned: (tenant: Tenant) => `Rejestracja w ${tenant.names.product} jest możliwa dopiero po nadaniu umowie statusu co najmniej „Podpisana przez klienta”.`,
  hasAccount: (tenant: Tenant) =>
    `Dla tego klienta istnieje już konto w ${tenant.names.product}. Zaloguj się lub skorzystaj z opcji „${tenant.texts.forgotPasswordLink}”.`,
  pending:
    "Dla tego klienta trwa już rejestracja: link aktywacyjny został wysłany na adres e-mail podany przy rejestracji i jest ważny 24 godziny. Otwórz go, aby aktywować konto. Po upływie 24 godzin możesz zarejestrować się ponownie.",
  loginTaken: "Ten login jest już zajęty. Wpisz inny login.",
  loginChoicesUsed:
    "Wyczerpano dzienny limit prób wyboru loginu. Pozostaw pola „Login” i „Powtórz login” puste — loginem będzie Twój numer PESEL lub NIP — albo spróbuj ponownie jutro.",
  blocked: (tenant: Tenant) => blockedMessage(tenant, "dla podanego numeru PESEL/NIP lub numeru umowy"),
} as const;

export type RegistrationResult = { ok: true; accountId: string; login: string } | RegistrationFailure;

export async function registerByContract(db: Db, tenant: Tenant, input: ContractRegistration, meta: RequestMeta): Promise<RegistrationResult> {
  if (!offersFlow(tenant, "contract")) return { ok: false, formError: FLOW_NOT_OFFERED };
  const identifiers: ProofIdentifier[] = [
    { kind: input.kind === "individual" ? "pesel" : "nip", value: input.taxId },
    { kind: "contract-number", value: input.contractNumber },
  ];
  const limited = await registrationLimit(db, tenant, meta, identifiers);
  if (limited) return { ok: false, formError: limited };
  const blocked = contractMessages.blocked(tenant);
  return attemptRegistration(db, tenant, meta, {
    identifiers,
    blocked,
    register: (tx) => register(tx, tenant, input, meta),
    onUniqueViolation: (index) => {
      if (index === "accounts_login_idx") return { ok: false, fieldErrors: { login: [contractMessages.loginTaken] } };
      if (index === "accounts_customer_idx") return { ok: false, formError: contractMessages.hasAccount(tenant) };
      return null;
    },
  });
}

async function findCustomerContract(tx: Tx, tenant: Tenant, input: ContractRegistration) {
  const taxColumn = input.kind === "individual" ? customers.pesel : customers.nip;
  const rows = await tx
    .select({ customerId: customers.id, status: contracts.status })
    .from(contracts)
    .innerJoin(customers, and(eq(customers.tenantId, contracts.tenantId), eq(customers.id, contracts.customerId)))
    .where(and(eq(contracts.tenantId, tenant.id), eq(contracts.number, input.contractNumber), eq(taxColumn, input.taxId)));
  // Several rows only if the CRM reused a number; a signed one decides.
  return rows.find((r) => SIGNED_STATUSES.has(r.status)) ?? rows[0] ?? null;
}

async function register(tx: Tx, tenant: Tenant, input: ContractRegistration, meta: RequestMeta): Promise<RegistrationResult> {
  const found = await findCustomerContract(tx, tenant, input);
  if (!found) throw new Refused({ ok: false, formError: contractMessages.notFound(tenant) }, { proofFailed: true });
  if (!SIGNED_STATUSES.has(found.status)) throw new Refused({ ok: false, formError: contractMessages.notSigned(tenant) });

  const existing = await accountOfCustomer(tx, tenant.id, found.customerId);
  if (existing && isExpiredPending(existing)) await deleteAccount(tx, existing);
  else if (existing?.status === "pending_activation") throw new Refused({ ok: false, formError: contractMessages.pending });
  else if (existing) throw new Refused({ ok: false, formError: contractMessages.hasAccount(tenant) });

  const login = input.login ?? input.taxId;
  // Once the answers are used up, no chosen login gets one: refusing only the taken ones would
  // answer all the same. The PESEL/NIP, the customer's own, is always open.
  if (login !== input.taxId && !(await loginAnswersLeft(tx, tenant.id, found.customerId))) {
    throw new Refused({ ok: false, fieldErrors: { login: [contractMessages.loginChoicesUsed] } });
  }
  const holder = await accountByLogin(tx, tenant.id, login);
  if (holder && isExpiredPending(holder)) await deleteAccount(tx, holder);
  else if (holder) throw new Refused({ ok: false, fieldErrors: { login: [contractMessages.loginTaken] } }, { loginTakenFor: found.customerId });

  const { accountId, at } = await createPendingAccount(
    tx,
    tenant,
    {
      customerId: found.customerId,
      login,
      email: input.email,
      phone: input.phone,
      consents: [
        { kind: "regulation", granted: true },
        { kind: "cookies", granted: true },
      ],
      details: { flow: "contract", customerKind: input.kind },
    },
    meta,
  );
  const token = await issueLinkToken(tx, { tenantId: tenant.id, accountId, purpose: "activation" });
  await sendEmail(tx, {
    tenant,
    to: input.email,
    template: { name: "activation", props: { login, path: `/aktywacja/${token}`, expiresAt: addHours(at, TOKEN_TTL_HOURS) } },
  });
  return { ok: true, accountId, login };
}
