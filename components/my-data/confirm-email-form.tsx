"use client";

import { useActionState } from "react";
import Link from "next/link";
import { initialFormState, type FormAction } from "@/lib/actions/form-state";
import { FormMessages } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";

/** One button; after it the new address is the account's. */
export function ConfirmEmailForm({ action, token, email }: { action: FormAction; token: string; email: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  if (state.status === "success") {
    return (
      <div className="mt-6">
        <FormMessages state={state} />
        <Link href="/moje-dane" className="font-semibold text-brand underline">
          Wróć do „Moje dane”
        </Link>
      </div>
    );
  }
  return (
    <form action={formAction} noValidate className="mt-6 rounded-lg border border-line bg-white p-5 shadow-xs sm:p-8">
      <FormMessages state={state} />
      <p className="mb-4 text-ink">
        Nowy adres e-mail konta: <strong className="break-all">{email}</strong>
      </p>
      <input type="hidden" name="token" value={token} />
      <SubmitButton>Potwierdź adres e-mail</SubmitButton>
    </form>
  );
}
