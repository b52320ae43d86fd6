import type { Metadata } from "next";
import { getTenant } from "@/lib/tenant/server";
import { getDb } from "@/db/client";
import { NEXT_PARAM, safeNextPath } from "@/lib/auth/next-path";
import { EMAIL_CODE_MINUTES } from "@/lib/accounts/second-factor";
import { pendingStepOf, STEP_EXPIRED } from "@/lib/accounts/second-step";
import { maskEmail } from "@/emails/email-changed";
import { AuthCard, ButtonLink } from "@/components/auth/auth-card";
import { SecondStepForm } from "@/components/auth/second-step-form";
import { ButtonForm } from "@/components/forms/button-form";
import { polishNbsp } from "@/components/typography";
import { pendingStepToken } from "@/components/auth/second-step-cookies";
import { cancelSecondStepAction, resendCodeAction, secondStepAction } from "./actions";

export const metadata: Metadata = { title: "Weryfikacja dwuetapowa" };

const RECOVERY_HINT = "Nie masz dostępu do telefonu lub poczty? Wpisz jeden z kodów odzyskiwania — każdy działa tylko raz.";

/**
 * The second step of a sign-in (docs/accounts.md §15): after the password, before any session. The
 * page reads the pending step this browser's cookie names; without one it sends the visitor back to
 * the sign-in page.
 */
export default async function SecondStepPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const tenant = await getTenant();
  const pending = await pendingStepOf(await getDb(), tenant, await pendingStepToken());
  const next = safeNextPath((await searchParams)[NEXT_PARAM]);
  if (!pending) {
    return (
      <AuthCard title="Weryfikacja dwuetapowa" width="narrow" testId="second-step-ended">
        <p className="leading-relaxed">{polishNbsp(STEP_EXPIRED)}</p>
        <div className="mt-5">
          <ButtonLink href="/">Przejdź do logowania</ButtonLink>
        </div>
      </AuthCard>
    );
  }
  const email = pending.factor.method === "email";
  const intro = email
    ? `Wysłaliśmy 6-cyfrowy kod na adres ${maskEmail(pending.account.email)}. Kod jest ważny ${EMAIL_CODE_MINUTES} minut.`
    : "Otwórz aplikację uwierzytelniającą w telefonie i wpisz 6-cyfrowy kod, który pokazuje dla tego serwisu.";
  return (
    <AuthCard title="Weryfikacja dwuetapowa" width="narrow" testId="second-step">
      <p className="leading-relaxed">{polishNbsp(intro)}</p>
      <div className="mt-5">
        <SecondStepForm action={secondStepAction} next={next} hint={RECOVERY_HINT} />
      </div>
      <div className="mt-6 flex flex-col gap-3 border-t border-line pt-5 sm:flex-row sm:flex-wrap">
        {email ? <ButtonForm action={resendCodeAction} fields={{}} testId="resend-code-form" button="Wyślij kod ponownie" /> : null}
        <ButtonForm action={cancelSecondStepAction} fields={{}} testId="cancel-second-step-form" button="Anuluj logowanie" />
      </div>
    </AuthCard>
  );
}
