import Link from "next/link";
import type { FormState } from "@/lib/actions/form-state";

/**
 * A secret made by an action (a one-time password, an import key) travels back once, in the
 * action's answer — never in a URL, a cookie or the database — and is shown here, once.
 */
export type SecretFormState = FormState & { secret?: { label: string; value: string; note: string }; next?: { href: string; label: string } };

/** An action's success answer carrying the secret to show once (and, optionally, where to go next). */
export const shownOnce = (message: string, secret: NonNullable<SecretFormState["secret"]>, next?: SecretFormState["next"]): SecretFormState => ({
  status: "success",
  message,
  secret,
  next,
});

export function SecretBox({ state }: { state: SecretFormState }) {
  if (!state.secret) return null;
  return (
    <div className="rounded-lg border-2 border-ink bg-white p-5" data-testid="secret-box">
      <p role="status" className="font-semibold wrap-anywhere">
        {state.message}
      </p>
      <p className="mt-3 text-sm font-semibold">{state.secret.label}</p>
      <p className="mt-1 rounded-md border border-line bg-surface p-3 font-mono text-base break-all select-all" data-testid="secret-value">
        {state.secret.value}
      </p>
      <p className="mt-3 text-sm">{state.secret.note}</p>
      {state.next ? (
        <p className="mt-4 text-sm">
          <Link href={state.next.href} className="font-medium underline underline-offset-2">
            {state.next.label}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
