import { z } from "zod";
import { delegateRole, type DelegateRole } from "@/db/schema";
import { checkEmail, report, text, type Issue } from "@/lib/accounts/schemas/fields";

/** The invitation form on Ustawienia → Pełnomocnicy: the person's e-mail address and the role. */
export const INVITE_LABELS = { email: "Adres e-mail pełnomocnika", role: "Uprawnienia" } as const;

export const inviteSchema = () =>
  z.object({ email: text(), role: text() }).transform((input, ctx) => {
    const issues: Issue[] = [];
    const email = checkEmail(input.email, issues, INVITE_LABELS.email);
    const role = (delegateRole.enumValues as readonly string[]).includes(input.role) ? (input.role as DelegateRole) : null;
    if (!role) issues.push({ path: "role", message: "Wybierz uprawnienia z listy." });
    report(ctx, issues);
    return { email, role: role ?? "view" };
  });
