import type { Account } from "@/db/schema";
import type { FormAction } from "@/lib/actions/form-state";
import { PasswordChangeForm } from "@/components/settings/password-change-form";

/** "Zmiana danych klienta" in Ustawienia: what identifies the account, and the password change. */
export function ClientDataSection({
  account,
  passwordHint,
  changePassword,
}: {
  account: Pick<Account, "login" | "email">;
  passwordHint: string;
  changePassword: FormAction;
}) {
  return (
    <section aria-labelledby="client-data-title" className="rounded-lg border border-line bg-white p-5 shadow-xs sm:p-8">
      <h2 id="client-data-title" className="text-xl font-semibold text-ink">
        Zmiana danych klienta
      </h2>
      <dl className="mt-4 mb-6 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-ink-muted">Login</dt>
        <dd className="font-medium break-all">{account.login}</dd>
        <dt className="text-ink-muted">Adres e-mail konta</dt>
        <dd className="font-medium break-all">{account.email}</dd>
      </dl>
      <div className="border-t border-line pt-6">
        <PasswordChangeForm action={changePassword} hint={passwordHint} />
      </div>
    </section>
  );
}
