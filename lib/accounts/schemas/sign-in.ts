import { z } from "zod";
import { checkRequired, report, text, type Issue } from "@/lib/accounts/schemas/fields";

/**
 * The sign-in form: "Login", "Hasło", "Zapamiętaj mnie". Only presence is checked here; whether the
 * pair is right is the sign-in's business (lib/accounts/sign-in.ts), which answers with one message.
 * The password is taken exactly as typed (spaces count, S01).
 */
export const signInSchema = () =>
  z
    .object({ login: text(), password: text(), remember: text() })
    .superRefine((input, ctx) => {
      const issues: Issue[] = [];
      checkRequired(input.login, issues, "Login", "login");
      if (input.password.length === 0) issues.push({ path: "password", message: "Pole Hasło jest wymagane" });
      report(ctx, issues);
    })
    .transform((input) => ({ login: input.login.trim(), password: input.password, remember: input.remember === "on" }));

export type SignInInput = z.output<ReturnType<typeof signInSchema>>;
