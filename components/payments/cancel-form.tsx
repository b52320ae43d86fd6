"use client";

import { useActionState } from "react";
import { initialFormState, type FormAction } from "@/lib/actions/form-state";
import { FormMessages } from "@/components/forms/fields";

/** Gives up a payment that was not made at the gateway. Works without JS. */
export function CancelPaymentForm({ action, paymentId }: { action: FormAction; paymentId: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="mt-4">
      <FormMessages state={state} />
      <input type="hidden" name="payment" value={paymentId} />
      <button
        type="submit"
        className="inline-flex min-h-11 items-center rounded-md border-2 border-brand bg-white px-5 py-2 font-semibold text-brand hover:bg-surface"
      >
        Zrezygnuj z płatności
      </button>
    </form>
  );
}
