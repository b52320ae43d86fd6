import type { Tenant } from "@/lib/tenant/schema";
import { offersModule, type ModuleRule } from "@/lib/portal/modules";
import type { RequestMeta } from "@/lib/request/meta";
import type { StaffRole } from "@/lib/staff/session-store";
import type { StaffScope } from "@/lib/staff/scope";
import { roleAllowed, type AllowedRoles, type CustomerResolution, type CustomerRequest, type Gate } from "@/lib/auth/customer-scope";
import { ACTION_BODY_LIMIT } from "@/lib/security/action-request";

/**
 * The one check every mutating request goes through (server actions and the browser's POST routes):
 * same origin (S16) → content type → body size → module offered by the tenant → session. The steps
 * live here without Next's request APIs, so they are tested on plain values (tests/unit/request-check.test.ts);
 * lib/request/check.ts feeds them the real request. The order matters: nothing that touches the
 * session (its last_seen_at is a write) runs before the origin is ours.
 */

export { REQUEST_REFUSED_TEXT } from "@/lib/request/refusal";

/**
 * form: a server action (multipart from our client or a plain form, text/plain for a fetch without files,
 * urlencoded from a form without JavaScript); multipart: an upload route; empty: a POST without a body.
 */
export type BodyKind = "form" | "multipart" | "empty";
export type SessionKind = "none" | "customer" | "staff";

export type RequestRules<K extends SessionKind = SessionKind> = {
  session: K;
  body?: BodyKind;
  /** Largest body accepted; server actions default to Next's own limit (next.config.ts). */
  maxBytes?: number;
  /** The tenant must offer this module (lib/portal/modules.ts), else the answer is a 404. */
  module?: ModuleRule;
  /** A customer request that belongs to a gate (the forced password change, the regulation). */
  allow?: Gate;
  /** Who may make a customer request (lib/auth/customer-scope.ts ROLES); without it the holder only. */
  roles?: AllowedRoles;
  /** A route's form page: where the customer comes back to after signing in again (actions know their page). */
  back?: string;
  /** A staff request for administrators only. */
  role?: StaffRole;
};

export type RequestRefusal =
  | { ok: false; reason: "origin" | "content-type"; status: 403 | 400 }
  | { ok: false; reason: "too-large"; status: 413 }
  | { ok: false; reason: "module" | "role"; status: 404 }
  | { ok: false; reason: "session"; status: 303; to: string };

type SessionOf<K extends SessionKind> = K extends "customer" ? { customer: CustomerRequest } : K extends "staff" ? { staff: StaffScope } : object;
export type CheckedRequest<K extends SessionKind> = ({ ok: true; meta: RequestMeta } & SessionOf<K>) | RequestRefusal;

/** What the check reads from the request; lib/request/check.ts gives the real ones, tests give plain values. */
export type RequestSources = {
  headers: () => Promise<Headers>;
  /** The host the browser addressed (x-forwarded-host first, lib/tenant/server.ts requestHost). */
  host: () => Promise<string | null>;
  tenant: () => Promise<Tenant>;
  meta: () => Promise<RequestMeta>;
  customer: (allow: Gate | undefined, back: string | undefined) => Promise<CustomerResolution>;
  staff: (role: StaffRole | undefined) => Promise<StaffScope>;
};

/** S16: state changes only from our own pages — the Origin must be this very host. */
export function sameOrigin(origin: string | null, host: string | null): boolean {
  const ours = host
    ?.split(",")[0]
    ?.trim()
    .toLowerCase()
    .replace(/:(80|443)$/, "");
  if (!origin || !ours) return false;
  try {
    return new URL(origin).host.toLowerCase() === ours;
  } catch {
    return false;
  }
}

function bodyTypeAllowed(kind: BodyKind, type: string): boolean {
  const t = type.toLowerCase();
  const multipart = t.startsWith("multipart/form-data");
  if (kind === "multipart") return multipart;
  if (kind === "form") return multipart || t.startsWith("application/x-www-form-urlencoded") || t.startsWith("text/plain");
  return true; // empty: the size rule below keeps it empty
}

/** The steps that need nothing but the request line and headers: origin, content type, size. */
export function judgeTransport(headers: Headers, host: string | null, rules: Pick<RequestRules, "body" | "maxBytes">): RequestRefusal | null {
  if (!sameOrigin(headers.get("origin"), host)) return { ok: false, reason: "origin", status: 403 };
  const kind = rules.body ?? "form";
  if (!bodyTypeAllowed(kind, headers.get("content-type") ?? "")) return { ok: false, reason: "content-type", status: 400 };
  const limit = kind === "empty" ? 0 : (rules.maxBytes ?? ACTION_BODY_LIMIT);
  const declared = Number(headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) return { ok: false, reason: "too-large", status: 413 };
  return null;
}

export async function checkRequestWith<K extends SessionKind>(sources: RequestSources, rules: RequestRules<K>): Promise<CheckedRequest<K>> {
  const transport = judgeTransport(await sources.headers(), await sources.host(), rules);
  if (transport) return transport;
  if (rules.module && !offersModule(await sources.tenant(), rules.module)) return { ok: false, reason: "module", status: 404 };
  const meta = await sources.meta();
  if (rules.session === "customer") {
    const found = await sources.customer(rules.allow, rules.back);
    if (!found.ok) return { ok: false, reason: "session", status: 303, to: found.to };
    if (!roleAllowed(found.customer.scope.role, rules.roles)) return { ok: false, reason: "role", status: 404 };
    return { ok: true, meta, customer: found.customer } as CheckedRequest<K>;
  }
  if (rules.session === "staff") return { ok: true, meta, staff: await sources.staff(rules.role) } as CheckedRequest<K>;
  return { ok: true, meta } as CheckedRequest<K>;
}
