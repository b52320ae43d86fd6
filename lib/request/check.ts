import "server-only";
import { headers } from "next/headers";
import { resolveCustomer } from "@/lib/auth/customer";
import { requireStaff } from "@/lib/staff/session";
import { getTenant, requestHost } from "@/lib/tenant/server";
import { requestMeta } from "@/lib/request/meta";
import { checkRequestWith, type CheckedRequest, type RequestRules, type RequestSources, type SessionKind } from "@/lib/request/rules";

/**
 * The one check of a mutating request (lib/request/rules.ts has the steps and their order), fed with
 * this request. Used by publicAction/customerAction (lib/actions/action.ts), staffAction
 * (lib/staff/action.ts), the hand-written actions (the console's sign-in steps and sign-out) and the
 * browser's POST routes (ticket uploads, the console's reply upload, "Pozostań zalogowany").
 *
 * Exempt, because no browser session sends them and they prove themselves otherwise: /api/import and
 * /api/export (an import key in the Authorization header, lib/import-keys.ts) and
 * /api/platnosci/przelewy24 (the gateway's signature, lib/payments/notification.ts). The payment
 * gateway's return (GET /platnosci/powrot/[id]) is a cross-site navigation without an Origin; it only
 * asks the gateway about the customer's own payment (requireCustomer with its module).
 */
const sources: RequestSources = {
  headers,
  host: requestHost,
  tenant: getTenant,
  meta: requestMeta,
  customer: (allow, back) => resolveCustomer({ allow, next: back }),
  staff: (role) => requireStaff({ role }),
};

export function checkRequest<K extends SessionKind>(rules: RequestRules<K>): Promise<CheckedRequest<K>> {
  return checkRequestWith(sources, rules);
}
