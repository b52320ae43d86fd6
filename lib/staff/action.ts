import "server-only";
import type { z } from "zod";
import { getDb, type Db } from "@/db/client";
import { refusedForm } from "@/lib/actions/action";
import type { FormState } from "@/lib/actions/form-state";
import { formDataToObject, invalid, issuesToFieldErrors, keptValues } from "@/lib/actions/form-data";
import { checkRequest } from "@/lib/request/check";
import type { Staff } from "./session";
import type { StaffRequest, StaffRole } from "./session-store";

/**
 * The console's form actions: the one request check (lib/request/check.ts: same origin, content
 * type, size, then the full staff session on the console host and the role, when given) → FormData
 * parsed with zod → the handler. Scope checks on the tenant of the thing acted on are the handler's,
 * in its WHERE clauses.
 */
export type StaffContext = { staff: Staff; db: Db; request: StaffRequest };

export function staffAction<S extends z.ZodType>(
  schema: S,
  handler: (input: z.output<S>, ctx: StaffContext, raw: Record<string, string>) => Promise<FormState>,
  options: { role?: StaffRole; secretFields?: readonly string[] } = {},
) {
  const secret = options.secretFields ?? [];
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const raw = formDataToObject(formData);
    const checked = await checkRequest({ session: "staff", role: options.role });
    if (!checked.ok) return refusedForm(checked, keptValues(raw, secret));
    const ctx: StaffContext = { staff: checked.staff, db: await getDb(), request: checked.meta };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return invalid(raw, secret, issuesToFieldErrors(parsed.error));
    const result = await handler(parsed.data, ctx, raw);
    return result.status === "error" && !result.values ? { ...result, values: keptValues(raw, secret) } : result;
  };
}
