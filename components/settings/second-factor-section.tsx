import type { FormAction } from "@/lib/actions/form-state";
import type { SecurityView } from "@/lib/accounts/second-factor";
import { formatDateTime } from "@/lib/format";
import { ButtonForm } from "@/components/forms/button-form";
import { DisableForm, EnrolmentConfirmForm } from "@/components/settings/second-factor-forms";

export type SecondFactorActions = {
  startTotp: FormAction;
  startEmail: FormAction;
  confirmTotp: FormAction;
  confirmEmail: FormAction;
  sendDisableCode: FormAction;
  disable: FormAction;
};

const methodLabel = { totp: "aplikacja uwierzytelniająca", email: "kod wysyłany e-mailem" } as const;

/** The key as text, in groups of four, for apps that cannot scan the QR code. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(" ") ?? secret;

/**
 * Ustawienia → Bezpieczeństwo → "Weryfikacja dwuetapowa" (docs/accounts.md §15): turning it on with
 * an authenticator app (QR code and key, confirmed with a first code) or with e-mailed codes, the
 * recovery codes once, and turning it off with the password and a code. Every form works without
 * JavaScript; the forms keep their place in the tree so their answers survive the page's refresh.
 */
export function SecondFactorSection({ view, email, actions }: { view: SecurityView; email: string; actions: SecondFactorActions }) {
  const on = view.state === "on";
  const method = on ? view.method : view.state === "pending-email" ? "email" : "totp";
  const pending = view.state === "pending-totp" || view.state === "pending-email";
  return (
    <section aria-labelledby="second-factor-title" className="rounded-lg border border-line bg-white p-5 shadow-xs sm:p-8" data-testid="second-factor">
      <h2 id="second-factor-title" className="text-xl font-semibold text-ink">
        Weryfikacja dwuetapowa
      </h2>
      <p className="mt-3 leading-relaxed">
        Po wpisaniu hasła serwis poprosi dodatkowo o jednorazowy kod — z aplikacji uwierzytelniającej w telefonie albo wysłany e-mailem. Samo hasło nie
        wystarczy wtedy do zalogowania.
      </p>
      <p className="mt-3 font-semibold" data-testid="second-factor-state">
        {on ? `Stan: włączona (${methodLabel[view.method]}) od ${formatDateTime(view.enabledAt)}` : "Stan: wyłączona"}
      </p>

      {view.state === "pending-totp" ? (
        <div className="mt-5 grid gap-4 sm:grid-cols-[auto_1fr] sm:items-start" data-testid="totp-enrolment">
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL of an SVG drawn on the server */}
          <img src={view.qr} alt="Kod QR do zeskanowania w aplikacji uwierzytelniającej" width={176} height={176} className="rounded-md border border-line" />
          <div className="min-w-0 text-sm leading-relaxed">
            <p>Zeskanuj kod QR aplikacją uwierzytelniającą (np. Google Authenticator, Microsoft Authenticator, Aegis) albo wpisz w niej ten klucz:</p>
            <p className="mt-2 font-mono text-base break-all" data-testid="totp-key">
              {grouped(view.secret)}
            </p>
            <p className="mt-2">Potem wpisz poniżej kod, który pokaże aplikacja.</p>
          </div>
        </div>
      ) : null}
      {view.state === "pending-email" ? (
        <p className="mt-5 text-sm leading-relaxed" data-testid="email-enrolment">
          Wysłaliśmy 6-cyfrowy kod na adres {email}. Wpisz go poniżej, aby włączyć weryfikację dwuetapową.
        </p>
      ) : null}

      <EnrolmentConfirmForm
        action={method === "email" ? actions.confirmEmail : actions.confirmTotp}
        pending={pending}
        hint={method === "email" ? `Kod z wiadomości wysłanej na adres ${email}.` : "6-cyfrowy kod, który pokazuje aplikacja po dodaniu konta."}
      />

      {on ? null : (
        <div className="mt-6 border-t border-line pt-5">
          <h3 className="text-lg font-semibold text-ink">{pending ? "Zmień sposób" : "Włącz weryfikację dwuetapową"}</h3>
          <div className="mt-3 flex flex-col gap-3 sm:flex-row sm:flex-wrap">
            <ButtonForm action={actions.startTotp} fields={{}} testId="start-totp-form" button="Aplikacja uwierzytelniająca" />
            <ButtonForm action={actions.startEmail} fields={{}} testId="start-email-form" button="Kod wysyłany e-mailem" />
          </div>
        </div>
      )}

      {on ? (
        <div className="mt-6 border-t border-line pt-5">
          <p className="text-sm" data-testid="recovery-codes-left">
            Niewykorzystane kody odzyskiwania: {view.recoveryCodesLeft} z 10.
          </p>
          {view.method === "email" ? (
            <div className="mt-4">
              <ButtonForm action={actions.sendDisableCode} fields={{}} testId="send-disable-code-form" button="Wyślij kod e-mailem" />
            </div>
          ) : null}
        </div>
      ) : null}
      <div className="mt-5">
        <DisableForm
          action={actions.disable}
          on={on}
          hint={on && view.method === "email" ? "Kod z wiadomości e-mail albo kod odzyskiwania." : "Kod z aplikacji albo kod odzyskiwania."}
        />
      </div>
    </section>
  );
}
