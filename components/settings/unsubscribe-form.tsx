"use client";

import { useActionState } from "react";
import Link from "next/link";
import { initialFormState, type FormAction } from "@/lib/actions/form-state";
import { FormMessages } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";

/** The confirmation of an unsubscribe link: one button; opening the page changed nothing. */
export function UnsubscribeForm({ action, token, label, settingsHref }: { action: FormAction; token: string; label: string; settingsHref: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const settings = (
    <p className="mt-4 text-ink">
      Wszystkie powiadomienia możesz ustawić po zalogowaniu:{" "}
      <Link href={settingsHref} className="font-semibold text-brand underline">
        Ustawienia → Powiadomienia
      </Link>
    </p>
  );
  if (state.status === "success") {
    return (
      <div>
        <FormMessages state={state} />
        {settings}
      </div>
    );
  }
  return (
    <form action={formAction} noValidate>
      <FormMessages state={state} />
      <p className="mb-4 text-ink">
        Czy na pewno nie chcesz otrzymywać wiadomości e-mail „<strong>{label}</strong>”?
      </p>
      <input type="hidden" name="t" value={token} />
      <SubmitButton>Wypisz mnie</SubmitButton>
      {settings}
    </form>
  );
}
