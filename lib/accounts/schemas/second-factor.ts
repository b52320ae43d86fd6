import { z } from "zod";
import { report, requiredMessage, text, type Issue } from "@/lib/accounts/schemas/fields";

/** The forms of two-step sign-in (docs/accounts.md §15): the code, and the password where one is asked. */
export const CODE_LABEL = "Kod";

const codeIssue = (code: string, issues: Issue[]) => {
  if (!code.trim()) issues.push({ path: "code", message: requiredMessage(CODE_LABEL) });
  else if (code.length > 40) issues.push({ path: "code", message: "Kod jest za długi." });
};

/** The second step of a sign-in: "Kod" and "Zapamiętaj to urządzenie na 30 dni". */
export const secondStepSchema = () =>
  z
    .object({ code: text(), remember: text() })
    .superRefine((input, ctx) => {
      const issues: Issue[] = [];
      codeIssue(input.code, issues);
      report(ctx, issues);
    })
    .transform((input) => ({ code: input.code.trim(), remember: input.remember === "on" }));

/** Confirming an enrolment with the first code. */
export const codeSchema = () =>
  z
    .object({ code: text() })
    .superRefine((input, ctx) => {
      const issues: Issue[] = [];
      codeIssue(input.code, issues);
      report(ctx, issues);
    })
    .transform((input) => ({ code: input.code.trim() }));

/** Turning two-step sign-in off: "Hasło" and "Kod". */
export const disableSchema = () =>
  z
    .object({ password: text(), code: text() })
    .superRefine((input, ctx) => {
      const issues: Issue[] = [];
      if (!input.password) issues.push({ path: "password", message: requiredMessage("Hasło") });
      codeIssue(input.code, issues);
      report(ctx, issues);
    })
    .transform((input) => ({ password: input.password, code: input.code.trim() }));

/** A button-only form (start an enrolment, send a code). */
export const emptySchema = () => z.object({});

export const codeSecretFields = ["code", "password"] as const;
