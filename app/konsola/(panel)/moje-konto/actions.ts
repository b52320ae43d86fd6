"use server";

import { z } from "zod";
import { staffAction } from "@/lib/staff/action";
import { changeStaffPassword, STAFF_PASSWORD_CHANGED } from "@/lib/staff/auth";

const schema = z
  .object({
    current: z.string().min(1, "Pole Obecne hasło jest wymagane.").max(1000, "Hasło jest za długie."),
    password: z.string().min(1, "Pole Nowe hasło jest wymagane.").max(1000, "Hasło jest za długie."),
    repeat: z.string().min(1, "Pole Powtórz nowe hasło jest wymagane.").max(1000, "Hasło jest za długie."),
    code: z.string().trim().min(1, "Pole Kod z aplikacji jest wymagane.").max(20, "Kod ma 6 cyfr."),
  })
  .refine((v) => v.password === v.repeat, { path: ["repeat"], message: "Hasła nie są takie same." });

/** "Zmień hasło" in the console: the rules are in lib/staff/auth.ts (changeStaffPassword). */
export const changeStaffPasswordAction = staffAction(
  schema,
  async (input, scope) => {
    const result = await changeStaffPassword(scope, input);
    if (!result.ok) return { status: "error", fieldErrors: result.fieldErrors };
    return { status: "success", message: STAFF_PASSWORD_CHANGED };
  },
  { secretFields: ["current", "password", "repeat", "code"] },
);
