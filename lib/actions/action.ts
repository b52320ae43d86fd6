import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { getDb, type Db } from "@/db/client";
import { getTenant, clientIp, requestHost } from "@/lib/tenant/server";
import type { Tenant } from "@/lib/tenant/schema";
import { requireCustomer, type CustomerContext, type Gate } from "@/lib/auth/customer";
import type { FormState } from "@/lib/actions/form-state";
import { formDataToObject, invalid, issuesToFieldErrors, keptValues } from "@/lib/actions/form-data";

/**
 * The one wrapper every form action goes through (STYLE habit 1): same-origin check → tenant from
 * the host → (customer session, checked against this tenant) → FormData parsed with the form's zod
 * schema → the handler with a typed context. Every "use server" export is a public endpoint, so
 * nothing is trusted that this wrapper did not check.
 */

export type PublicContext = { tenant: Tenant; db: Db; ip: string | null; userAgent: string | null };
export type CustomerActionContext = PublicContext & CustomerContext;

const REFUSED: FormState = { status: "error", formError: "Nie udało się wysłać formularza. Odśwież stronę i spróbuj ponownie." };

/** S16: state changes only from our own pages — the Origin must be this very host. */
export async function isSameOrigin(): Promise<boolean> {
  const origin = (await headers()).get("origin");
  const host = (await requestHost())?.split(",")[0]?.trim().toLowerCase().replace(/:(80|443)$/, "");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host.toLowerCase() === host;
  } catch {
    return false;
  }
}

type Options = { secretFields?: readonly string[] };

async function context(): Promise<PublicContext> {
  const tenant = await getTenant();
  const h = await headers();
  return { tenant, db: await getDb(), ip: await clientIp(), userAgent: h.get("user-agent") };
}

export function publicAction<S extends z.ZodType>(
  schema: (tenant: Tenant) => S,
  handler: (input: z.output<S>, ctx: PublicContext, raw: Record<string, string>) => Promise<FormState>,
  options: Options = {},
) {
  const secret = options.secretFields ?? [];
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const raw = formDataToObject(formData);
    if (!(await isSameOrigin())) return { ...REFUSED, values: keptValues(raw, secret) };
    const ctx = await context();
    const parsed = schema(ctx.tenant).safeParse(raw);
    if (!parsed.success) return invalid(raw, secret, issuesToFieldErrors(parsed.error));
    const result = await handler(parsed.data, ctx, raw);
    return result.status === "error" && !result.values ? { ...result, values: keptValues(raw, secret) } : result;
  };
}

export function customerAction<S extends z.ZodType>(
  schema: (tenant: Tenant) => S,
  handler: (input: z.output<S>, ctx: CustomerActionContext, raw: Record<string, string>) => Promise<FormState>,
  options: Options & { allow?: Gate } = {},
) {
  const secret = options.secretFields ?? [];
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const raw = formDataToObject(formData);
    // Before the session check: even touching the session's last_seen_at is a change (S16).
    if (!(await isSameOrigin())) return { ...REFUSED, values: keptValues(raw, secret) };
    const customer = await requireCustomer({ allow: options.allow });
    const ctx = { ...(await context()), ...customer };
    const parsed = schema(ctx.tenant).safeParse(raw);
    if (!parsed.success) return invalid(raw, secret, issuesToFieldErrors(parsed.error));
    const result = await handler(parsed.data, ctx, raw);
    return result.status === "error" && !result.values ? { ...result, values: keptValues(raw, secret) } : result;
  };
}
