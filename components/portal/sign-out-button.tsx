"use client";

import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { signOutAction } from "@/components/portal/sign-out-action";

const variants = {
  /** Top right of the portal header. */
  header:
    "inline-flex min-h-10 items-center rounded-md border border-brand-contrast/70 px-4 py-1.5 text-sm font-semibold text-brand-contrast hover:bg-brand-contrast hover:text-brand",
  /** The last entry of the phone tab list. */
  tab: "flex min-h-11 w-full items-center border-l-4 border-transparent px-4 py-2.5 text-left font-semibold text-danger hover:bg-surface",
  link: "font-medium text-brand underline underline-offset-2 hover:decoration-2",
} as const;

/** "Wyloguj" as a form with a POST (never a GET link: S16); works without JavaScript. */
export function SignOutButton({ variant }: { variant: keyof typeof variants }) {
  const [state, formAction, pending] = useActionState(signOutAction, initialFormState);
  return (
    <form action={formAction} className={variant === "tab" ? "w-full" : undefined}>
      <button type="submit" className={variants[variant]} disabled={pending} data-testid={`sign-out-${variant}`}>
        Wyloguj
      </button>
      {state.formError ? (
        <p role="alert" className="sr-only">
          {state.formError}
        </p>
      ) : null}
    </form>
  );
}
