"use client";

import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { switchActingAction } from "@/components/portal/acting-switch-action";

export type SwitcherOption = { value: string; label: string };

/**
 * The header's "Działasz w imieniu: …" (docs/accounts.md §17): a select of the customers this account
 * may act for and a button — a plain form POST, so it works without JavaScript.
 */
export function ActingSwitcher({ options, current }: { options: SwitcherOption[]; current: string }) {
  const [state, formAction, pending] = useActionState(switchActingAction, initialFormState);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2 text-sm" data-testid="acting-switcher">
      <label htmlFor="acting-for" className="font-semibold">
        Działasz w imieniu:
      </label>
      <select
        id="acting-for"
        name="delegation"
        key={current}
        defaultValue={current}
        className="min-h-10 max-w-full rounded-md border border-brand-contrast/70 bg-white px-2 py-1 text-sm text-ink"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={pending}
        className="inline-flex min-h-10 items-center rounded-md border border-brand-contrast/70 px-3 py-1 font-semibold text-brand-contrast hover:bg-brand-contrast hover:text-brand"
      >
        Przełącz
      </button>
      {state.formError ? (
        <p role="alert" className="w-full font-semibold">
          {state.formError}
        </p>
      ) : null}
    </form>
  );
}
