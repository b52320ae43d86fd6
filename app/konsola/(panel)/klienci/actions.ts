"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { FormState } from "@/lib/actions/form-state";
import { staffAction } from "@/lib/staff/action";
import {
  resendActivation,
  resetCustomerSecondFactor,
  revokeDelegateByStaff,
  unblockRegistration,
  unlockAccount,
  type AccountActionResult,
} from "@/lib/staff/customer-actions";

/** "Odblokuj", "Wyślij ponownie link aktywacyjny", "Resetuj drugi składnik" and "Odblokuj rejestrację" on a customer's page; the work is in lib/staff/customer-actions.ts. */
const accountInput = z.object({
  tenantId: z.string().regex(/^[a-z0-9-]{1,40}$/),
  customerId: z.string().min(1).max(200),
  accountId: z.uuid(),
});

const refusals: Record<Exclude<AccountActionResult, { ok: true }>["reason"], string> = {
  "not-found": "Nie znaleziono tego konta.",
  "not-locked": "To konto nie jest zablokowane.",
  "not-pending": "To konto nie oczekuje na aktywację.",
  "not-offered": "U tego sprzedawcy rejestracja nie używa linku aktywacyjnego.",
  "no-second-factor": "To konto nie ma włączonej weryfikacji dwuetapowej.",
};

const answer = (result: AccountActionResult, success: (r: { login: string; email: string }) => string): FormState =>
  result.ok ? { status: "success", message: success(result) } : { status: "error", formError: refusals[result.reason] };

export const unlockAccountAction = staffAction(accountInput, async (input, scope) => {
  const result = await unlockAccount(scope, input);
  revalidatePath(`/konsola/klienci/${input.tenantId}/${encodeURIComponent(input.customerId)}`);
  return answer(result, (r) => `Konto ${r.login} zostało odblokowane. Klient dostał wiadomość na adres ${r.email}.`);
});

export const resendActivationAction = staffAction(accountInput, async (input, scope) => {
  const result = await resendActivation(scope, input);
  revalidatePath(`/konsola/klienci/${input.tenantId}/${encodeURIComponent(input.customerId)}`);
  return answer(result, (r) => `Nowy link aktywacyjny został wysłany na adres ${r.email}. Poprzedni link przestał działać.`);
});

export const resetSecondFactorAction = staffAction(accountInput, async (input, scope) => {
  const result = await resetCustomerSecondFactor(scope, input);
  revalidatePath(`/konsola/klienci/${input.tenantId}/${encodeURIComponent(input.customerId)}`);
  return answer(result, (r) => `Weryfikacja dwuetapowa konta ${r.login} została wyłączona. Klient dostał wiadomość na adres ${r.email}.`);
});

const customerInput = z.object({
  tenantId: z.string().regex(/^[a-z0-9-]{1,40}$/),
  customerId: z.string().min(1).max(200),
});

export const unblockRegistrationAction = staffAction(customerInput, async (input, scope) => {
  const result = await unblockRegistration(scope, input);
  revalidatePath(`/konsola/klienci/${input.tenantId}/${encodeURIComponent(input.customerId)}`);
  if (result.ok)
    return { status: "success", message: "Rejestracja została odblokowana: klient może zarejestrować się od razu, a nieudane próby zostały wyzerowane." };
  return { status: "error", formError: result.reason === "not-found" ? "Nie znaleziono tego klienta." : "Rejestracja tego klienta nie jest wstrzymana." };
});

const delegationInput = customerInput.extend({ delegation: z.uuid() });

/** "Odwołaj" on the customer's "Pełnomocnicy" (docs/console.md §12). */
export const revokeDelegateAction = staffAction(delegationInput, async (input, scope) => {
  const done = await revokeDelegateByStaff(scope, { tenantId: input.tenantId, customerId: input.customerId, delegationId: input.delegation });
  revalidatePath(`/konsola/klienci/${input.tenantId}/${encodeURIComponent(input.customerId)}`);
  return done ? { status: "success", message: "Pełnomocnictwo zostało odwołane." } : { status: "error", formError: "To pełnomocnictwo jest już odwołane." };
});
