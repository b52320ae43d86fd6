import "server-only";
import type { z } from "zod";
import { getDb, type Db } from "@/db/client";
import { isSameOrigin } from "@/lib/actions/action";
import type { FormState } from "@/lib/actions/form-state";
import { formDataToObject, invalid, issuesToFieldErrors, keptValues } from "@/lib/actions/form-data";
import { requireStaff, staffRequest, type Staff } from "./session";
import type { StaffRequest, StaffRole } from "./session-store";

/**
 * The console's form actions: same-origin check (S16) → the full staff session on the console host
 * (and the role, when given) → FormData parsed with zod → the handler. Scope checks on the tenant
 * of the thing acted on are the handler's, in its WHERE clauses.
 */
export type StaffContext = { staff: Staff; db: Db; request: StaffRequest };

const REFUSED: FormState = { status: "error", formError: "Nie udało się wysłać formularza. Odśwież stronę i spróbuj ponownie." };

export function staffAction<S extends z.ZodType>(
  schema: S,
  handler: (input: z.output<S>, ctx: StaffContext, raw: Record<string, string>) => Promise<FormState>,
  options: { role?: StaffRole; secretFields?: readonly string[] } = {},
) {
  const secret = options.secretFields ?? [];
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const raw = formDataToObject(formData);
    if (!(await isSameOrigin())) return { ...REFUSED, values: keptValues(raw, secret) };
    const staff = await requireStaff({ role: options.role });
    const ctx: StaffContext = { staff, db: await getDb(), request: await staffRequest() };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return invalid(raw, secret, issuesToFieldErrors(parsed.error));
    const result = await handler(parsed.data, ctx, raw);
    return result.status === "error" && !result.values ? { ...result, values: keptValues(raw, secret) } : result;
  };
}
