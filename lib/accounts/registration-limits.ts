import { createHmac } from "node:crypto";
import { and, eq, gt, inArray, isNotNull, max } from "drizzle-orm";
import { contracts, customers, rateLimits, type Customer } from "@/db/schema";
import type { Db, DbOrTx } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import { authSecret } from "@/lib/auth/secret";
import { addHours, now } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { sendEmail } from "@/lib/email/send";
import { countsPerAddress, hitRateLimits, hitRollingLimit, rollingCount, type RateRule } from "@/lib/security/rate-limit";
import type { RequestMeta } from "@/lib/request/meta";

/**
 * Identity proofing is limited per identifier, not per address alone (S26, S06 in
 * docs/security.md): an attacker with many addresses still gets five guesses at one customer
 * number, PESEL, NIP or contract number a day. The fifth failed proof blocks the identifier for
 * 24 hours and tells the e-mail address the CRM holds for it. Counters live in rate_limits under
 * an HMAC of the identifier, so the table holds no PESEL and a stolen copy cannot be matched
 * against a list of them without the server secret.
 */

export type ProofIdentifier = { kind: "customer-number" | "pesel" | "nip" | "contract-number"; value: string };

/** Every registration attempt, per client address and per identifier typed. */
export const REGISTRATION_RATE = { name: "registration-ip", limit: 20, windowSeconds: 600 } as const;
export const IDENTIFIER_RATE = { name: "registration-identifier", limit: 10, windowSeconds: 3600 } as const;
/** Failed proofs per identifier; reaching the limit blocks it for BLOCK_HOURS. */
export const PROOF_FAILURES = { name: "registration-proof-failed", limit: 5, windowSeconds: 86_400 } as const;
export const BLOCK_HOURS = 24;
const BLOCKED = "registration-proof-blocked";
/** "Login taken" answers per proven customer: each one tells whether somebody else's login exists. */
export const LOGIN_TAKEN_ANSWERS = { name: "registration-login-taken", limit: 5, windowSeconds: 86_400 } as const satisfies RateRule;

export const TOO_MANY_ATTEMPTS = "Zbyt wiele prób rejestracji z tego adresu. Odczekaj kilka minut i spróbuj ponownie.";
export const TOO_MANY_FOR_IDENTIFIER = "Zbyt wiele prób rejestracji dla podanych danych. Odczekaj godzinę i spróbuj ponownie.";

/** The refusal of a blocked identifier: says why and where to go instead, with the tenant's contacts. */
export function blockedMessage(tenant: Tenant, what: string): string {
  const c = tenant.contacts;
  return (
    `Rejestracja ${what} została wstrzymana na ${BLOCK_HOURS} godziny po kilku nieudanych próbach potwierdzenia tożsamości. ` +
    `Aby założyć konto, skontaktuj się z Biurem Obsługi Klienta: tel. ${c.phone}${c.hours ? ` (${c.hours})` : ""}, ` +
    `e-mail ${c.emailIndividual} (klienci indywidualni) lub ${c.emailBusiness} (klienci biznesowi).`
  );
}

function identifierKey(): string {
  return createHmac("sha256", authSecret()).update("mojbok/registration-identifier/v1").digest("hex");
}

/** Spaces and case do not make a new identifier. */
const normalized = (id: ProofIdentifier) => `${id.kind}:${id.value.replace(/\s/g, "").toUpperCase()}`;

export const identifierSubject = (tenantId: string, id: ProofIdentifier) =>
  `${tenantId}:${createHmac("sha256", identifierKey()).update(normalized(id)).digest("hex")}`;

/**
 * Counts the attempt per address (unless `meta` is null) and per identifier in one statement; the
 * refusal to show, or null. Counted before (and outside) the registration's transaction, so a refused
 * attempt still counts.
 */
export async function registrationLimit(db: DbOrTx, tenant: Tenant, meta: RequestMeta | null, ids: ProofIdentifier[]): Promise<string | null> {
  const [byAddress, ...byIdentifier] = await hitRateLimits(db, [
    { rule: REGISTRATION_RATE, subject: meta && countsPerAddress(meta.ip) ? `${tenant.id}:${meta.ip}` : null },
    ...ids.map((id) => ({ rule: IDENTIFIER_RATE, subject: identifierSubject(tenant.id, id) })),
  ]);
  if (!byAddress!.allowed) return TOO_MANY_ATTEMPTS;
  if (byIdentifier.some((r) => !r.allowed)) return TOO_MANY_FOR_IDENTIFIER;
  return null;
}

/** Whether any of the identifiers is blocked: blocked in the last 24 hours, or five failures in them. */
export async function proofBlocked(db: DbOrTx, tenant: Tenant, ids: ProofIdentifier[]): Promise<boolean> {
  const since = new Date(now().getTime() - BLOCK_HOURS * 3600_000);
  for (const id of ids) {
    const subject = identifierSubject(tenant.id, id);
    const [marker] = await db
      .select({ at: rateLimits.windowStart })
      .from(rateLimits)
      .where(and(eq(rateLimits.bucket, `${BLOCKED}:${subject}`), gt(rateLimits.windowStart, since)))
      .limit(1);
    if (marker || (await rollingCount(db, PROOF_FAILURES, subject)) >= PROOF_FAILURES.limit) return true;
  }
  return false;
}

/**
 * Counts one failed proof against each identifier. The failure that reaches the limit blocks the
 * identifier from now on for 24 hours (a marker row), tells every address the CRM holds for it —
 * once — and goes to the audit log.
 */
export async function recordFailedProof(db: Db, tenant: Tenant, ids: ProofIdentifier[], meta: RequestMeta): Promise<void> {
  for (const id of ids) {
    const subject = identifierSubject(tenant.id, id);
    const failures = await hitRollingLimit(db, PROOF_FAILURES, subject);
    if (failures.count !== PROOF_FAILURES.limit) continue;
    const blockedAt = now();
    await db.transaction(async (tx) => {
      await tx
        .insert(rateLimits)
        .values({ bucket: `${BLOCKED}:${subject}`, windowStart: blockedAt, count: 1 })
        .onConflictDoNothing();
      for (const to of await crmEmails(tx, tenant.id, id)) {
        await sendEmail(tx, {
          tenant,
          to,
          template: { name: "registration-blocked", props: { what: noticePhrase(id), blockedUntil: addHours(blockedAt, BLOCK_HOURS) } },
        });
      }
      await audit(tx, {
        tenantId: tenant.id,
        actorKind: "system",
        actorId: null,
        action: "registration.blocked",
        targetKind: "identifier",
        targetId: subject.slice(tenant.id.length + 1, tenant.id.length + 17),
        ip: meta.ip,
        userAgent: meta.userAgent,
        details: { identifier: id.kind, failures: failures.count },
      });
    });
  }
}

/** How the notice names the identifier: a customer number or contract number whole, a PESEL or NIP by its last digits. */
function noticePhrase(id: ProofIdentifier): string {
  const value = id.value.trim();
  switch (id.kind) {
    case "customer-number":
      return `dla numeru odbiorcy ${value}`;
    case "contract-number":
      return `dla umowy nr ${value}`;
    case "pesel":
      return `dla numeru PESEL zakończonego cyframi ${value.slice(-4)}`;
    case "nip":
      return `dla numeru NIP zakończonego cyframi ${value.slice(-4)}`;
  }
}

/** The addresses the CRM holds for the customers an identifier names (normally one). */
async function crmEmails(db: DbOrTx, tenantId: string, id: ProofIdentifier): Promise<string[]> {
  const mine = and(eq(customers.tenantId, tenantId), isNotNull(customers.email));
  const rows =
    id.kind === "contract-number"
      ? await db
          .selectDistinct({ email: customers.email })
          .from(contracts)
          .innerJoin(customers, and(eq(customers.tenantId, contracts.tenantId), eq(customers.id, contracts.customerId)))
          .where(and(mine, eq(contracts.tenantId, tenantId), eq(contracts.number, id.value)))
          .limit(5)
      : await db
          .selectDistinct({ email: customers.email })
          .from(customers)
          .where(and(mine, eq(id.kind === "customer-number" ? customers.customerNumber : id.kind === "pesel" ? customers.pesel : customers.nip, id.value)))
          .limit(5);
  const seen = new Set<string>();
  return rows.map((r) => r.email!.trim()).filter((email) => !seen.has(email.toLowerCase()) && seen.add(email.toLowerCase()));
}

/** Whether this proven customer may still be told that a chosen login is taken. */
export async function loginAnswersLeft(db: DbOrTx, tenantId: string, customerId: string): Promise<boolean> {
  return (await rollingCount(db, LOGIN_TAKEN_ANSWERS, `${tenantId}:${customerId}`)) < LOGIN_TAKEN_ANSWERS.limit;
}

export async function countLoginTakenAnswer(db: DbOrTx, tenantId: string, customerId: string): Promise<void> {
  await hitRollingLimit(db, LOGIN_TAKEN_ANSWERS, `${tenantId}:${customerId}`);
}

/**
 * Every identifier a registration of this customer can be proven with: its customer number, PESEL
 * or NIP, and the numbers of its contracts. Staff use it to see and lift a block.
 */
export async function identifiersOf(
  db: DbOrTx,
  tenantId: string,
  customer: Pick<Customer, "id" | "customerNumber" | "pesel" | "nip">,
): Promise<ProofIdentifier[]> {
  const ids: ProofIdentifier[] = [];
  if (customer.customerNumber) ids.push({ kind: "customer-number", value: customer.customerNumber });
  if (customer.pesel) ids.push({ kind: "pesel", value: customer.pesel });
  if (customer.nip) ids.push({ kind: "nip", value: customer.nip });
  const rows = await db
    .selectDistinct({ number: contracts.number })
    .from(contracts)
    .where(and(eq(contracts.tenantId, tenantId), eq(contracts.customerId, customer.id)));
  return [...ids, ...rows.map((r) => ({ kind: "contract-number" as const, value: r.number }))];
}

/** Until when registration is blocked for any of these identifiers; null when it is not. */
export async function registrationBlockedUntil(db: DbOrTx, tenantId: string, ids: ProofIdentifier[]): Promise<Date | null> {
  if (ids.length === 0) return null;
  const since = new Date(now().getTime() - BLOCK_HOURS * 3600_000);
  const [row] = await db
    .select({ at: max(rateLimits.windowStart) })
    .from(rateLimits)
    .where(
      and(
        inArray(
          rateLimits.bucket,
          ids.map((id) => `${BLOCKED}:${identifierSubject(tenantId, id)}`),
        ),
        gt(rateLimits.windowStart, since),
      ),
    );
  return row?.at ? addHours(row.at, BLOCK_HOURS) : null;
}

/**
 * Lifts a block: forgets the block, the failed proofs and the attempts of these identifiers, so the
 * customer can register at once (staff do this after checking who is calling). Whether anything
 * was blocked.
 */
export async function liftRegistrationBlock(db: DbOrTx, tenantId: string, ids: ProofIdentifier[]): Promise<boolean> {
  if (ids.length === 0) return false;
  const buckets = ids.flatMap((id) => {
    const subject = identifierSubject(tenantId, id);
    return [`${BLOCKED}:${subject}`, `${PROOF_FAILURES.name}:${subject}`, `${IDENTIFIER_RATE.name}:${subject}`];
  });
  const removed = await db.delete(rateLimits).where(inArray(rateLimits.bucket, buckets)).returning({ bucket: rateLimits.bucket });
  return removed.some((r) => r.bucket.startsWith(`${BLOCKED}:`));
}
