"use client";

import Link from "next/link";
import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { ButtonLink, linkClass } from "@/components/auth/auth-card";
import { activateAction } from "./activate-action";

export type LinkState = "ready" | "used" | "expired" | "invalid";

type Texts = { forgotPassword: string };

/**
 * The activation screen. The page passes the link's state as it was when opened; after the POST
 * the action's answer wins — without JavaScript the page is rendered again with the token already
 * used, and the user must still see the success of document 001 Rys. 5.
 */
export function ActivationForm({ token, linkState, login, texts }: { token: string; linkState: LinkState; login: string | null; texts: Texts }) {
  const [state, formAction] = useActionState(activateAction, initialFormState);

  if (state.status === "success") {
    return (
      <div data-testid="activation-success">
        <p role="status" className="leading-relaxed font-medium">
          Aktywacja konta przebiegła pomyślnie. Możesz się teraz zalogować do systemu za pomocą otrzymanego w e-mail hasła.
        </p>
        <div className="mt-6">
          <ButtonLink href="/">Zaloguj</ButtonLink>
        </div>
      </div>
    );
  }

  const shown = (state.formError as LinkState | undefined) ?? linkState;
  if (shown !== "ready") return <LinkProblem problem={shown} texts={texts} />;

  return (
    <form action={formAction} noValidate data-testid="activation-form">
      <p className="leading-relaxed">
        Aby dokończyć rejestrację konta <strong className="font-semibold">{login}</strong>, kliknij „Aktywuj konto”. Na adres e-mail podany przy rejestracji
        wyślemy hasło jednorazowe do pierwszego logowania.
      </p>
      <input type="hidden" name="token" value={token} />
      <div className="mt-6">
        <SubmitButton>Aktywuj konto</SubmitButton>
      </div>
    </form>
  );
}

function LinkProblem({ problem, texts }: { problem: Exclude<LinkState, "ready">; texts: Texts }) {
  return (
    <div data-testid={`activation-${problem}`}>
      {problem === "used" ? (
        <>
          <p role="alert" className="leading-relaxed font-medium">
            Ten link aktywacyjny został już użyty — konto jest aktywne. Zaloguj się hasłem jednorazowym z wiadomości e-mail.
          </p>
          <ul className="mt-6 flex flex-col gap-3 text-sm sm:flex-row sm:gap-6">
            <li>
              <Link href="/" className={linkClass}>
                Przejdź do logowania
              </Link>
            </li>
            <li>
              <Link href="/odzyskiwanie-hasla" className={linkClass}>
                {texts.forgotPassword}
              </Link>
            </li>
          </ul>
        </>
      ) : problem === "expired" ? (
        <>
          <p role="alert" className="leading-relaxed font-medium">
            Link aktywacyjny wygasł. Zarejestruj się ponownie.
          </p>
          <p className="mt-6 text-sm">
            <Link href="/rejestracja" className={linkClass}>
              Przejdź do rejestracji
            </Link>
          </p>
        </>
      ) : (
        <>
          <p role="alert" className="leading-relaxed font-medium">
            Nie znaleziono takiego linku aktywacyjnego. Sprawdź, czy adres został skopiowany z wiadomości e-mail w całości.
          </p>
          <p className="mt-6 text-sm">
            <Link href="/" className={linkClass}>
              Przejdź do strony głównej
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
