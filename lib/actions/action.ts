import "server-only";
import { notFound, redirect } from "next/navigation";
import type { z } from "zod";
import { getDb, type Db } from "@/db/client";
import { getTenant } from "@/lib/tenant/server";
import type { Tenant } from "@/lib/tenant/schema";
import type { ModuleRule } from "@/lib/portal/modules";
import type { CustomerRequest, Gate } from "@/lib/auth/customer";
import type { AllowedRoles } from "@/lib/auth/customer-scope";
import type { RequestMeta } from "@/lib/request/meta";
import { checkRequest } from "@/lib/request/check";
import { REQUEST_REFUSED_TEXT, type RequestRefusal } from "@/lib/request/rules";
import type { FormState } from "@/lib/actions/form-state";
import { formDataToObject, invalid, issuesToFieldErrors, keptValues } from "@/lib/actions/form-data";

/**
 * The wrappers every form action goes through (docs/style.md §1): the one request check
 * (lib/request/check.ts: same origin, content type, size, module, customer session checked against
 * this tenant) → FormData parsed with the form's zod schema → the handler with a typed context.
 * Every "use server" export is a public endpoint, so nothing is trusted that this wrapper did not check.
 */

export type PublicContext = { tenant: Tenant; db: Db; request: RequestMeta };
export type CustomerActionContext = CustomerRequest & { request: RequestMeta };

/** The form's answer to a refused request; the typed values (but no secrets) stay in the form. */
export const REQUEST_REFUSED: FormState = { status: "error", formError: REQUEST_REFUSED_TEXT };

/**
 * What an action does with a refused request: the refusal text for origin, type and size; a missing
 * session or a pending step redirects there; a module the tenant does not offer is a 404.
 */
export function refusedForm(refusal: RequestRefusal, values?: Record<string, string>): FormState {
  if (refusal.reason === "session") redirect(refusal.to);
  if (refusal.reason === "module" || refusal.reason === "role") notFound();
  return values ? { ...REQUEST_REFUSED, values } : REQUEST_REFUSED;
}

type Options = { secretFields?: readonly string[] };

export function publicAction<S extends z.ZodType>(
  schema: (tenant: Tenant) => S,
  handler: (input: z.output<S>, ctx: PublicContext, raw: Record<string, string>) => Promise<FormState>,
  options: Options = {},
) {
  const secret = options.secretFields ?? [];
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const raw = formDataToObject(formData);
    const checked = await checkRequest({ session: "none" });
    if (!checked.ok) return refusedForm(checked, keptValues(raw, secret));
    const ctx: PublicContext = { tenant: await getTenant(), db: await getDb(), request: checked.meta };
    const parsed = schema(ctx.tenant).safeParse(raw);
    if (!parsed.success) return invalid(raw, secret, issuesToFieldErrors(parsed.error));
    const result = await handler(parsed.data, ctx, raw);
    return result.status === "error" && !result.values ? { ...result, values: keptValues(raw, secret) } : result;
  };
}

/**
 * A customer's form action; `module` makes it a 404 on tenants that do not offer the module, `roles`
 * opens it to delegates (without it the holder only, docs/accounts.md §17).
 */
export function customerAction<S extends z.ZodType>(
  schema: (tenant: Tenant) => S,
  handler: (input: z.output<S>, ctx: CustomerActionContext, raw: Record<string, string>) => Promise<FormState>,
  options: Options & { allow?: Gate; module?: ModuleRule; roles?: AllowedRoles } = {},
) {
  const secret = options.secretFields ?? [];
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const raw = formDataToObject(formData);
    const checked = await checkRequest({ session: "customer", allow: options.allow, module: options.module, roles: options.roles });
    if (!checked.ok) return refusedForm(checked, keptValues(raw, secret));
    const ctx: CustomerActionContext = { ...checked.customer, request: checked.meta };
    const parsed = schema(ctx.scope.tenant).safeParse(raw);
    if (!parsed.success) return invalid(raw, secret, issuesToFieldErrors(parsed.error));
    const result = await handler(parsed.data, ctx, raw);
    return result.status === "error" && !result.values ? { ...result, values: keptValues(raw, secret) } : result;
  };
}
