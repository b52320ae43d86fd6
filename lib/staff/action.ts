import "server-only";
import type { z } from "zod";
import { refusedForm } from "@/lib/actions/action";
import type { FormState } from "@/lib/actions/form-state";
import { formDataToObject, invalid, issuesToFieldErrors, keptValues } from "@/lib/actions/form-data";
import { checkRequest } from "@/lib/request/check";
import type { StaffScope } from "./scope";
import type { StaffRole } from "./session-store";

/**
 * The console's form actions: the one request check (lib/request/check.ts: same origin, content
 * type, size, then the full staff session on the console host and the role, when given) → FormData
 * parsed with zod → the handler, which gets the staff member's StaffScope (lib/staff/scope.ts).
 * Scope checks on the tenant of the thing acted on are the domain functions', in their WHERE clauses.
 */

export function staffAction<S extends z.ZodType>(
  schema: S,
  handler: (input: z.output<S>, scope: StaffScope, raw: Record<string, string>) => Promise<FormState>,
  options: { role?: StaffRole; secretFields?: readonly string[] } = {},
) {
  const secret = options.secretFields ?? [];
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const raw = formDataToObject(formData);
    const checked = await checkRequest({ session: "staff", role: options.role });
    if (!checked.ok) return refusedForm(checked, keptValues(raw, secret));
    const scope = checked.staff;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return invalid(raw, secret, issuesToFieldErrors(parsed.error));
    const result = await handler(parsed.data, scope, raw);
    return result.status === "error" && !result.values ? { ...result, values: keptValues(raw, secret) } : result;
  };
}

/** An admin's form action (regulations, staff, import keys): staffAction with `role: "admin"`. */
export function adminAction<S extends z.ZodType>(
  schema: S,
  handler: (input: z.output<S>, scope: StaffScope, raw: Record<string, string>) => Promise<FormState>,
  options: { secretFields?: readonly string[] } = {},
) {
  return staffAction(schema, handler, { ...options, role: "admin" });
}
