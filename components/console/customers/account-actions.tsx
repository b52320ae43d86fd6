import type { FormAction } from "@/lib/actions/form-state";
import { ButtonForm } from "@/components/forms/button-form";

type Target = { tenantId: string; customerId: string; accountId: string; login: string };

/** The customer page's account actions (app/konsola/(panel)/klienci/actions.ts), passed down by the page. */
export type AccountActions = { unlock: FormAction; resendActivation: FormAction; unblockRegistration: FormAction; resetSecondFactor: FormAction };

const ids = ({ tenantId, customerId, accountId }: Target) => ({ tenantId, customerId, accountId });

/**
 * "Odblokuj" on a locked account. The message stays after the page refreshes without the button,
 * because this component stays mounted while the account's state changes around it.
 */
export function UnlockForm({ action, target, locked }: { action: FormAction; target: Target; locked: boolean }) {
  const button = locked ? (
    <>
      Odblokuj<span className="sr-only"> konto {target.login}</span>
    </>
  ) : null;
  return <ButtonForm action={action} fields={ids(target)} testId="unlock-form" button={button} />;
}

/** "Wyślij ponownie link aktywacyjny" on a pending account (registration by contract). */
export function ResendActivationForm({ action, target, pending }: { action: FormAction; target: Target; pending: boolean }) {
  return <ButtonForm action={action} fields={ids(target)} testId="resend-activation-form" button={pending ? "Wyślij ponownie link aktywacyjny" : null} />;
}

/** "Odblokuj rejestrację" while registration for the customer is stopped after failed proofs of identity. */
export function UnblockRegistrationForm({
  action,
  tenantId,
  customerId,
  blocked,
}: {
  action: FormAction;
  tenantId: string;
  customerId: string;
  blocked: boolean;
}) {
  return <ButtonForm action={action} fields={{ tenantId, customerId }} testId="unblock-registration-form" button={blocked ? "Odblokuj rejestrację" : null} />;
}

/** "Resetuj drugi składnik" while the account has two-step sign-in on (docs/console.md §11). */
export function ResetSecondFactorForm({ action, target, on }: { action: FormAction; target: Target; on: boolean }) {
  const button = on ? (
    <>
      Resetuj drugi składnik<span className="sr-only"> konta {target.login}</span>
    </>
  ) : null;
  return <ButtonForm action={action} fields={ids(target)} testId="reset-second-factor-form" button={button} />;
}
