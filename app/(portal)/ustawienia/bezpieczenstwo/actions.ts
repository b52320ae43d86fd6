"use server";

import { revalidatePath } from "next/cache";
import { customerAction } from "@/lib/actions/action";
import type { FormState } from "@/lib/actions/form-state";
import { codeSchema, codeSecretFields, disableSchema, emptySchema } from "@/lib/accounts/schemas/second-factor";
import {
  confirmEmailEnrolment,
  confirmTotpEnrolment,
  disableSecondFactor,
  sendDisableCode,
  startEmailEnrolment,
  startTotpEnrolment,
  type SettingsResult,
} from "@/lib/accounts/second-factor";

/** Ustawienia → Bezpieczeństwo (docs/accounts.md §15); the work is in lib/accounts/second-factor.ts. */
const PATH = "/ustawienia/bezpieczenstwo";
const options = { module: "settings" as const, secretFields: codeSecretFields };

function answer<T>(result: SettingsResult<T>, success: (value: T) => FormState): FormState {
  revalidatePath(PATH);
  if (!result.ok) return { status: "error", fieldErrors: result.fieldErrors, formError: result.formError };
  return success(result.value);
}

const enabled = (codes: string[]): FormState => ({
  status: "success",
  message: "Weryfikacja dwuetapowa została włączona.",
  values: { recoveryCodes: codes.join(" ") },
});

export const startTotpAction = customerAction(
  emptySchema,
  async (_input, ctx) =>
    answer((await startTotpEnrolment(ctx)) ? { ok: true, value: null } : { ok: false, formError: "Weryfikacja dwuetapowa jest już włączona." }, () => ({
      status: "idle",
    })),
  options,
);

export const startEmailAction = customerAction(
  emptySchema,
  async (_input, ctx) => answer(await startEmailEnrolment(ctx), () => ({ status: "success", message: `Wysłaliśmy kod na adres ${ctx.account.email}.` })),
  options,
);

export const confirmTotpAction = customerAction(codeSchema, async (input, ctx) => answer(await confirmTotpEnrolment(ctx, input.code), enabled), options);

export const confirmEmailAction = customerAction(codeSchema, async (input, ctx) => answer(await confirmEmailEnrolment(ctx, input.code), enabled), options);

export const sendDisableCodeAction = customerAction(
  emptySchema,
  async (_input, ctx) => answer(await sendDisableCode(ctx), () => ({ status: "success", message: `Wysłaliśmy kod na adres ${ctx.account.email}.` })),
  options,
);

export const disableAction = customerAction(
  disableSchema,
  async (input, ctx) => answer(await disableSecondFactor(ctx, input), () => ({ status: "success", message: "Weryfikacja dwuetapowa została wyłączona." })),
  options,
);
