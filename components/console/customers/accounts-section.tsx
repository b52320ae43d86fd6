import { formatDateTime } from "@/lib/format";
import type { ConsoleAccount } from "@/lib/staff/customer-detail";
import { accountStateLabel } from "@/lib/staff/customers";
import { ResendActivationForm, ResetSecondFactorForm, UnblockRegistrationForm, UnlockForm, type AccountActions } from "./account-actions";
import { Section } from "./customer-sections";

const when = (d: Date | null) => (d ? formatDateTime(d) : "—");

const secondFactorLabel = (method: ConsoleAccount["secondFactor"]) =>
  method === "totp" ? "włączona (aplikacja uwierzytelniająca)" : method === "email" ? "włączona (kod e-mailem)" : "wyłączona";

/**
 * The customer's portal account(s) with their state and what staff may do about it. `activationLink`
 * is false for tenants whose registration has no activation link (the customer-number flow).
 */
export function AccountsSection({
  tenantId,
  customerId,
  accounts,
  activationLink,
  registrationBlockedUntil,
  actions,
}: {
  tenantId: string;
  customerId: string;
  accounts: ConsoleAccount[];
  activationLink: boolean;
  registrationBlockedUntil: Date | null;
  actions: AccountActions;
}) {
  return (
    <Section id="konto" title="Konto w serwisie">
      {accounts.length === 0 ? <p className="mt-2">Klient nie założył konta w serwisie.</p> : null}
      {registrationBlockedUntil ? (
        <p className="mt-2 font-semibold" data-testid="registration-blocked">
          Rejestracja wstrzymana do {formatDateTime(registrationBlockedUntil)} po pięciu nieudanych próbach potwierdzenia tożsamości. Odblokuj ją, gdy upewnisz
          się, kto dzwoni.
        </p>
      ) : null}
      <div className="mt-3">
        <UnblockRegistrationForm action={actions.unblockRegistration} tenantId={tenantId} customerId={customerId} blocked={!!registrationBlockedUntil} />
      </div>
      {accounts.map((a) => {
        const target = { tenantId, customerId, accountId: a.id, login: a.login };
        const pending = a.state === "pending" || a.state === "pending-expired";
        return (
          <div key={a.id} className="mt-3" data-testid="customer-account">
            <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[12rem_1fr] sm:gap-y-2">
              <dt className="text-sm font-semibold text-ink-muted">Login</dt>
              <dd className="wrap-anywhere">{a.login}</dd>
              <dt className="text-sm font-semibold text-ink-muted">E-mail konta</dt>
              <dd className="wrap-anywhere">{a.email}</dd>
              <dt className="text-sm font-semibold text-ink-muted">Stan</dt>
              <dd className="font-semibold" data-testid="account-state">
                {accountStateLabel(a.state, a.lockedAt, formatDateTime)}
              </dd>
              <dt className="text-sm font-semibold text-ink-muted">Weryfikacja dwuetapowa</dt>
              <dd data-testid="account-second-factor">{secondFactorLabel(a.secondFactor)}</dd>
              <dt className="text-sm font-semibold text-ink-muted">Błędne próby logowania</dt>
              <dd>{a.failedAttempts}</dd>
              {pending ? (
                <>
                  <dt className="text-sm font-semibold text-ink-muted">Rezerwacja do</dt>
                  <dd>{when(a.pendingUntil)}</dd>
                </>
              ) : null}
              <dt className="text-sm font-semibold text-ink-muted">Założone</dt>
              <dd>{when(a.createdAt)}</dd>
              <dt className="text-sm font-semibold text-ink-muted">Aktywowane</dt>
              <dd>{when(a.activatedAt)}</dd>
              <dt className="text-sm font-semibold text-ink-muted">Ostatnie logowanie</dt>
              <dd>{when(a.lastLoginAt)}</dd>
            </dl>
            <div className="mt-4 grid gap-3">
              <UnlockForm action={actions.unlock} target={target} locked={a.state === "locked"} />
              {a.state === "locked" ? (
                <p className="text-sm text-ink-muted">
                  Odblokowanie zeruje licznik błędnych prób; klient dostanie wiadomość e-mail i zaloguje się dotychczasowym hasłem.
                </p>
              ) : null}
              <ResetSecondFactorForm action={actions.resetSecondFactor} target={target} on={a.secondFactor !== null} />
              {a.secondFactor ? (
                <p className="text-sm text-ink-muted">
                  Reset wyłącza weryfikację dwuetapową, gdy klient stracił telefon i kody odzyskiwania — najpierw upewnij się, kto dzwoni. Klient dostanie
                  wiadomość e-mail i zaloguje się samym hasłem, dopóki nie włączy jej ponownie.
                </p>
              ) : null}
              {pending && activationLink ? <ResendActivationForm action={actions.resendActivation} target={target} pending /> : null}
              {pending && !activationLink ? (
                <p className="text-sm" data-testid="no-activation-link">
                  U tego sprzedawcy rejestracja nie wysyła linku aktywacyjnego — hasło ustawia się zaraz po rejestracji. Jeżeli klient go nie ustawił, powinien
                  zarejestrować się ponownie (numer odbiorcy i dane ostatniej faktury); niedokończona rejestracja zostanie zastąpiona.
                </p>
              ) : null}
            </div>
          </div>
        );
      })}
    </Section>
  );
}
