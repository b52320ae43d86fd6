import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { consentEvents, exportEvents, type Account } from "@/db/schema";
import type { Db, DbOrTx } from "@/db/client";
import type { Tenant } from "@/lib/tenant/schema";
import type { FormState } from "@/lib/actions/form-state";
import { audit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { text } from "@/lib/accounts/schemas/fields";
import { customerConsents, type CustomerConsentKind } from "./consent-kinds";

export { customerConsents, type CustomerConsentKind };

/**
 * "Moje dane" → "Zgody": e-invoice and marketing. consent_events is append-only; the newest row per
 * kind is the current state, and every change is also queued for the CRM (export_events).
 */

export const CONSENTS_SAVED = "Zgody zostały zapisane.";
export const CONSENTS_UNCHANGED = "Nie wprowadzono żadnych zmian.";

export const consentSchema = () => z.object({ e_invoice: text(), marketing: text() });

export type ConsentEntry = { kind: CustomerConsentKind; granted: boolean; at: Date };

/** Every change of this customer's consents, oldest first. */
export async function consentHistory(db: DbOrTx, tenantId: string, customerId: string): Promise<ConsentEntry[]> {
  const rows = await db
    .select({ kind: consentEvents.kind, granted: consentEvents.granted, at: consentEvents.createdAt })
    .from(consentEvents)
    .where(and(eq(consentEvents.tenantId, tenantId), eq(consentEvents.customerId, customerId), inArray(consentEvents.kind, ["e_invoice", "marketing"])))
    // Changes saved together share a timestamp; the kind keeps their order stable (ids are random).
    .orderBy(asc(consentEvents.createdAt), asc(consentEvents.kind));
  return rows as ConsentEntry[];
}

export function currentConsents(history: ConsentEntry[]): Record<CustomerConsentKind, boolean> {
  const state = { e_invoice: false, marketing: false };
  for (const entry of history) state[entry.kind] = entry.granted;
  return state;
}

export async function saveConsents(
  db: Db,
  tenant: Tenant,
  input: Record<CustomerConsentKind, string>,
  ctx: { account: Account; ip: string | null; userAgent: string | null },
): Promise<FormState> {
  const { account } = ctx;
  return db.transaction(async (tx) => {
    const current = currentConsents(await consentHistory(tx, tenant.id, account.customerId));
    const changes = customerConsents.map(({ kind }) => ({ kind, granted: input[kind] === "on" })).filter((c) => c.granted !== current[c.kind]);
    if (changes.length === 0) return { status: "success", message: CONSENTS_UNCHANGED };
    const at = now();
    for (const change of changes) {
      await tx.insert(consentEvents).values({ tenantId: tenant.id, customerId: account.customerId, accountId: account.id, kind: change.kind, granted: change.granted, source: "portal", ip: ctx.ip, createdAt: at });
      await tx.insert(exportEvents).values({ tenantId: tenant.id, customerId: account.customerId, type: "consent.changed", payload: { consent: change.kind, granted: change.granted }, createdAt: at });
    }
    await audit(tx, {
      tenantId: tenant.id,
      actorKind: "customer",
      actorId: account.id,
      action: "consent.changed",
      targetKind: "customer",
      targetId: account.customerId,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: { changes },
    });
    return { status: "success", message: CONSENTS_SAVED };
  });
}
