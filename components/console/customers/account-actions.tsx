"use client";

import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { FormMessages } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { resendActivationAction, unblockRegistrationAction, unlockAccountAction } from "@/app/konsola/(panel)/klienci/actions";

type Target = { tenantId: string; customerId: string; accountId: string; login: string };

function Hidden({ target }: { target: Target }) {
  return (
    <>
      <input type="hidden" name="tenantId" value={target.tenantId} />
      <input type="hidden" name="customerId" value={target.customerId} />
      <input type="hidden" name="accountId" value={target.accountId} />
    </>
  );
}

/**
 * "Odblokuj" on a locked account. The message stays after the page refreshes without the button,
 * because this component stays mounted while the account's state changes around it.
 */
export function UnlockForm({ target, locked }: { target: Target; locked: boolean }) {
  const [state, action] = useActionState(unlockAccountAction, initialFormState);
  return (
    <form action={action} data-testid="unlock-form">
      <FormMessages state={state} />
      <Hidden target={target} />
      {locked ? (
        <SubmitButton>
          Odblokuj<span className="sr-only"> konto {target.login}</span>
        </SubmitButton>
      ) : null}
    </form>
  );
}

/** "Wyślij ponownie link aktywacyjny" on a pending account (registration by contract). */
export function ResendActivationForm({ target, pending }: { target: Target; pending: boolean }) {
  const [state, action] = useActionState(resendActivationAction, initialFormState);
  return (
    <form action={action} data-testid="resend-activation-form">
      <FormMessages state={state} />
      <Hidden target={target} />
      {pending ? <SubmitButton>Wyślij ponownie link aktywacyjny</SubmitButton> : null}
    </form>
  );
}

/** "Odblokuj rejestrację" while registration for the customer is stopped after failed proofs of identity. */
export function UnblockRegistrationForm({ tenantId, customerId, blocked }: { tenantId: string; customerId: string; blocked: boolean }) {
  const [state, action] = useActionState(unblockRegistrationAction, initialFormState);
  return (
    <form action={action} data-testid="unblock-registration-form">
      <FormMessages state={state} />
      <input type="hidden" name="tenantId" value={tenantId} />
      <input type="hidden" name="customerId" value={customerId} />
      {blocked ? <SubmitButton>Odblokuj rejestrację</SubmitButton> : null}
    </form>
  );
}
