"use client";

import { useFormStatus } from "react-dom";

/** Disabled while the form is being sent (with JS); a plain submit button without it. */
export function SubmitButton({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex min-h-11 w-full items-center justify-center rounded-md bg-brand px-5 py-2.5 text-base font-semibold uppercase tracking-wide text-brand-contrast shadow-sm hover:opacity-90 disabled:opacity-60 sm:w-auto ${className}`}
    >
      {children}
    </button>
  );
}
