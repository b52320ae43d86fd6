import { assertRole, ROLES, type CustomerScope } from "@/lib/auth/customer-scope";
import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { consentEvents, exportEvents } from "@/db/schema";
import type { FormState } from "@/lib/actions/form-state";
import { auditCustomer } from "@/lib/audit";
import type { RequestMeta } from "@/lib/request/meta";
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
export async function consentHistory(scope: CustomerScope): Promise<ConsentEntry[]> {
  const { db, customerId } = scope;
  const tenantId = scope.tenant.id;
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

export async function saveConsents(scope: CustomerScope, request: RequestMeta, input: Record<CustomerConsentKind, string>): Promise<FormState> {
  assertRole(scope, ROLES.holder);
  const { tenant, customerId, accountId } = scope;
  return scope.db.transaction(async (tx) => {
    const current = currentConsents(await consentHistory({ ...scope, db: tx }));
    const changes = customerConsents.map(({ kind }) => ({ kind, granted: input[kind] === "on" })).filter((c) => c.granted !== current[c.kind]);
    if (changes.length === 0) return { status: "success", message: CONSENTS_UNCHANGED };
    const at = now();
    for (const change of changes) {
      await tx
        .insert(consentEvents)
        .values({ tenantId: tenant.id, customerId, accountId, kind: change.kind, granted: change.granted, source: "portal", ip: request.ip, createdAt: at });
      await tx
        .insert(exportEvents)
        .values({ tenantId: tenant.id, customerId, type: "consent.changed", payload: { consent: change.kind, granted: change.granted }, createdAt: at });
    }
    await auditCustomer({ ...scope, db: tx }, request, { action: "consent.changed", targetKind: "customer", targetId: customerId, details: { changes } });
    return { status: "success", message: CONSENTS_SAVED };
  });
}
