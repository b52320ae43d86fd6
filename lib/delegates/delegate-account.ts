import { and, eq, sql } from "drizzle-orm";
import { accounts } from "@/db/schema";
import type { Db, DbOrTx } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import type { RequestMeta } from "@/lib/request/meta";
import { auditCustomer } from "@/lib/audit";
import { now } from "@/lib/clock";
import { hashSecret } from "@/lib/auth/password-hash";
import { passwordProblems } from "@/lib/auth/password-policy";
import { createSession } from "@/lib/auth/sessions";
import { PASSWORDS_DIFFER } from "@/lib/accounts/schemas/registration";
import { uniqueViolation } from "@/lib/accounts/registration-common";
import { bindInvitation, openInvitation } from "@/lib/delegates/delegations";

/**
 * A delegate-only account (docs/accounts.md §17, docs/decisions/0020-delegated-access.md): a person
 * with no account on this tenant accepts an invitation by choosing a password. The link, sent to the
 * invited address, proves that address, so it becomes the login and the e-mail of an active account
 * that holds no customer number (accounts.customer_id null) and acts only under delegations.
 */
export const delegateAccountMessages = {
  invalid: "To zaproszenie jest nieważne — zostało już wykorzystane, odwołane albo wygasło.",
  taken: "Konto z tym adresem e-mail jako loginem już istnieje w serwisie. Zaloguj się na nie — wrócisz tu po zalogowaniu.",
} as const;

export type DelegateAccountInput = { password: string; passwordRepeat: string };

export type DelegateAccountResult =
  | { ok: true; token: string; accountId: string; delegationId: string }
  | { ok: false; formError: string; fieldErrors?: undefined; taken?: boolean }
  | { ok: false; formError?: undefined; fieldErrors: Record<string, string[]> };

/** The login a delegate-only account gets: the invited address as typed by the holder, in lower case. */
export const delegateLogin = (email: string) => email.trim().toLowerCase();

/** Whether an account of this tenant already signs in with `login` (any case). */
export async function loginTaken(db: DbOrTx, tenantId: string, login: string): Promise<boolean> {
  const [row] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.tenantId, tenantId), sql`lower(${accounts.login}) = ${login.toLowerCase()}`))
    .limit(1);
  return Boolean(row);
}

class InvitationGone extends Error {}

/**
 * The invitation page's POST for a person who is not signed in and has no account: creates the
 * account, accepts the invitation and opens a session acting for the holder's customer — all in one
 * transaction, so a taken login or an invitation spent meanwhile leaves nothing behind. The password
 * follows the tenant's rules (lib/auth/password-policy.ts) and is stored as argon2id like every other.
 */
export async function createDelegateAccount(
  db: Db,
  tenant: Tenant,
  request: RequestMeta,
  token: string,
  input: DelegateAccountInput,
): Promise<DelegateAccountResult> {
  const open = await openInvitation(db, tenant, token);
  if (!open) return { ok: false, formError: delegateAccountMessages.invalid };
  const login = delegateLogin(open.email);
  if (await loginTaken(db, tenant.id, login)) return { ok: false, formError: delegateAccountMessages.taken, taken: true };

  const problems = passwordProblems(input.password, tenant.passwordPolicy, { login, names: [tenant.names.short, tenant.names.product] });
  const repeat = input.passwordRepeat !== input.password ? [PASSWORDS_DIFFER] : [];
  if (problems.length > 0 || repeat.length > 0) {
    return { ok: false, fieldErrors: { ...(problems.length ? { password: problems } : {}), ...(repeat.length ? { passwordRepeat: repeat } : {}) } };
  }

  // Hashing takes a moment; do it before the transaction holds any row.
  const passwordHash = await hashSecret(input.password);
  try {
    return await db.transaction(async (tx) => {
      const at = now();
      const [account] = await tx
        .insert(accounts)
        .values({
          tenantId: tenant.id,
          customerId: null,
          login,
          email: login,
          status: "active",
          passwordHash,
          activatedAt: at,
          passwordChangedAt: at,
          lastLoginAt: at,
        })
        .returning({ id: accounts.id });
      const accountId = account!.id;
      const { token: sessionToken, session } = await createSession(tx, { tenantId: tenant.id, accountId, ip: request.ip, userAgent: request.userAgent });
      await auditCustomer({ db: tx, tenant, accountId }, request, {
        action: "delegate.account_created",
        targetKind: "account",
        targetId: accountId,
        details: {},
      });
      const delegationId = await bindInvitation(tx, tenant, request, open.id, { id: accountId, customerId: null }, session.id);
      if (!delegationId) throw new InvitationGone();
      return { ok: true, token: sessionToken, accountId, delegationId } as const;
    });
  } catch (error) {
    if (error instanceof InvitationGone) return { ok: false, formError: delegateAccountMessages.invalid };
    if (uniqueViolation(error) === "accounts_login_idx") return { ok: false, formError: delegateAccountMessages.taken, taken: true };
    throw error;
  }
}
