import { and, asc, desc, eq, inArray, isNotNull } from "drizzle-orm";
import { accounts, auditLog, customers, secondFactors, type Account, type Contract, type Customer, type Point } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { balanceOf } from "@/lib/billing/balance";
import { requireTenantById } from "@/lib/tenant/registry";
import { contractsWithPoints } from "@/lib/contracts/queries";
import { warsawDate } from "@/lib/format";
import { identifiersOf, registrationBlockedUntil } from "@/lib/accounts/registration-limits";
import { accountState, type AccountState } from "./customers";
import type { StaffScope } from "./scope";
import { delegatesOf, type DelegateRow } from "@/lib/delegates/delegations";

/**
 * One customer as the console shows it (read-only): data, accounts with their state, recent sign-ins,
 * contracts with points, and the balance. Null when the customer does not exist or its tenant is
 * outside the staff member's scope — the page answers both with the same 404.
 */
export type ConsoleAccount = Pick<
  Account,
  "id" | "login" | "email" | "status" | "lockedAt" | "failedAttempts" | "pendingUntil" | "lastLoginAt" | "createdAt" | "activatedAt"
> & {
  state: AccountState;
  /** The second factor when it is on (docs/accounts.md §15), else null. */
  secondFactor: "totp" | "email" | null;
};

export type SignInEvent = { id: number; at: Date; action: string; accountId: string | null; ip: string | null; detail: string | null };

export type ConsoleContract = Pick<Contract, "id" | "number" | "status" | "signedAt" | "startDate" | "endDate" | "product"> & {
  role: "holder" | "payer" | "both";
  points: Pick<Point, "id" | "code" | "kind" | "tariff" | "meterNumber">[];
};

export type CustomerDetail = {
  customer: Customer;
  accounts: ConsoleAccount[];
  signIns: SignInEvent[];
  contracts: ConsoleContract[];
  balance: number;
  /** Registration stopped after failed proofs of identity (S26), until then; null when it is not. */
  registrationBlockedUntil: Date | null;
  /** Who may act for this customer (docs/console.md §12), every state. */
  delegates: DelegateRow[];
};

/** Audit actions that tell a sign-in story on the customer's page. */
export const SIGN_IN_ACTIONS = ["signin.ok", "signin.failed", "account.locked", "account.unlocked"] as const;
export const SIGN_INS_SHOWN = 10;

export const contractStatusLabels: Record<Contract["status"], string> = {
  draft: "Szkic (niewidoczna dla klienta)",
  signed_by_customer: "Podpisana przez klienta",
  active: "Aktywna",
  terminated: "Rozwiązana",
};

export const pointKindNames: Record<Point["kind"], string> = { electricity: "energia elektryczna", heat: "ciepło", gas: "gaz" };

export async function customerDetail({ db, staff }: StaffScope, tenantId: string, customerId: string, at: Date): Promise<CustomerDetail | null> {
  if (!staff.tenants.includes(tenantId)) return null;
  const [customer] = await db
    .select()
    .from(customers)
    .where(and(inArray(customers.tenantId, staff.tenants), eq(customers.tenantId, tenantId), eq(customers.id, customerId)))
    .limit(1);
  if (!customer) return null;

  const rows = await db
    .select({ account: accounts, secondFactor: secondFactors.method })
    .from(accounts)
    .leftJoin(secondFactors, and(eq(secondFactors.accountId, accounts.id), isNotNull(secondFactors.enabledAt)))
    .where(and(eq(accounts.tenantId, tenantId), eq(accounts.customerId, customerId)))
    .orderBy(asc(accounts.createdAt));
  const accountRows = rows.map((r) => r.account);
  const methods = new Map(rows.map((r) => [r.account.id, r.secondFactor]));
  const accountIds = accountRows.map((a) => a.id);

  return {
    customer,
    accounts: accountRows.map((a) => ({
      id: a.id,
      login: a.login,
      email: a.email,
      status: a.status,
      lockedAt: a.lockedAt,
      failedAttempts: a.failedAttempts,
      pendingUntil: a.pendingUntil,
      lastLoginAt: a.lastLoginAt,
      createdAt: a.createdAt,
      activatedAt: a.activatedAt,
      state: accountState(a, at),
      secondFactor: methods.get(a.id) ?? null,
    })),
    signIns: await recentSignIns(db, tenantId, accountIds),
    contracts: await contractsOf(db, tenantId, customerId),
    balance: await balanceOf({ db, tenant: requireTenantById(tenantId), customerId }, warsawDate(at)),
    registrationBlockedUntil: await registrationBlockedUntil(db, tenantId, await identifiersOf(db, tenantId, customer)),
    delegates: await delegatesOf(db, tenantId, customerId),
  };
}

const signInDetail = (details: Record<string, unknown> | null): string | null => {
  const value = details?.reason ?? details?.method;
  return typeof value === "string" ? value : null;
};

export async function recentSignIns(db: DbOrTx, tenantId: string, accountIds: string[]): Promise<SignInEvent[]> {
  if (accountIds.length === 0) return [];
  const rows = await db
    .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, accountId: auditLog.targetId, ip: auditLog.ip, details: auditLog.details })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.tenantId, tenantId),
        eq(auditLog.targetKind, "account"),
        inArray(auditLog.targetId, accountIds),
        inArray(auditLog.action, [...SIGN_IN_ACTIONS]),
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(SIGN_INS_SHOWN);
  return rows.map(({ details, ...r }) => ({ ...r, detail: signInDetail(details) }));
}

async function contractsOf(db: DbOrTx, tenantId: string, customerId: string): Promise<ConsoleContract[]> {
  const rows = await contractsWithPoints(db, tenantId, customerId, { drafts: true });
  return rows.map((c) => ({
    id: c.id,
    number: c.number,
    status: c.status,
    signedAt: c.signedAt,
    startDate: c.startDate,
    endDate: c.endDate,
    product: c.product,
    role: c.customerId === customerId && c.payerId === customerId ? "both" : c.customerId === customerId ? "holder" : "payer",
    points: c.points.map(({ id, code, kind, tariff, meterNumber }) => ({ id, code, kind, tariff, meterNumber })),
  }));
}
