import { PortalFeaturesSection } from "@/components/home/portal-features-section";
import Link from "next/link";
import type { Tenant } from "@/lib/tenant/schema";
import { polishNbsp } from "@/components/typography";
import { SignInForm } from "@/components/auth/sign-in-form";

/** Why the visitor is back on the sign-in page (?wylogowano=…). */
const signedOutNotices: Record<string, string> = {
  bezczynnosc: "Wylogowano Cię automatycznie po 15 minutach bezczynności.",
  sesja: "Twoja sesja wygasła. Zaloguj się ponownie.",
  "1": "Wylogowano.",
};

export function signedOutNotice(reason: string | undefined): string | null {
  return reason ? (signedOutNotices[reason] ?? null) : null;
}

const panelClass = "rounded-lg border border-line bg-white p-5 shadow-xs sm:p-7";

/**
 * The tenant host's start page (documents 000/001 Rys. 1, 004): a sign-in panel and a registration
 * panel, every label from the tenant file.
 */
export function SignInScreen({
  tenant,
  notice,
  rememberedLogin,
  next = null,
}: {
  tenant: Tenant;
  notice: string | null;
  rememberedLogin: string;
  next?: string | null;
}) {
  const { texts } = tenant;
  return (
    <>
      <section className="on-brand bg-brand text-brand-contrast" aria-labelledby="page-title" data-testid="hero">
        <div className="mx-auto max-w-5xl px-4 py-6 sm:px-6 sm:py-8">
          <p className="text-sm font-medium tracking-wide uppercase opacity-90">Elektroniczne Biuro Obsługi Klienta</p>
          <h1 id="page-title" className="mt-1 text-2xl font-bold tracking-tight sm:text-3xl">
            {tenant.names.product}
          </h1>
        </div>
      </section>

      <div className="mx-auto grid w-full max-w-5xl gap-6 px-4 py-8 sm:px-6 md:grid-cols-[3fr_2fr] md:py-10">
        {notice ? (
          <p role="status" className="rounded-md border border-line bg-white p-3 font-medium md:col-span-2" data-testid="signed-out-notice">
            {notice}
          </p>
        ) : null}

        <section className={panelClass} aria-labelledby="sign-in-title">
          <h2 id="sign-in-title" className="mb-5 text-xl font-semibold">
            {texts.signInTitle}
          </h2>
          <SignInForm
            texts={{ button: texts.signInButton, forgotPassword: texts.forgotPasswordLink, forgotLogin: texts.forgotLoginLink }}
            rememberedLogin={rememberedLogin}
            next={next}
          />
        </section>

        <section className={`${panelClass} flex flex-col`} aria-labelledby="register-title">
          <h2 id="register-title" className="mb-3 text-xl font-semibold">
            Rejestracja
          </h2>
          <p className="leading-relaxed">{polishNbsp(texts.welcome)}</p>
          <div className="mt-5">
            <Link
              href="/rejestracja"
              className="inline-flex min-h-11 w-full items-center justify-center rounded-md border-2 border-brand px-5 py-2 font-semibold tracking-wide text-brand uppercase no-underline hover:bg-surface sm:w-auto"
            >
              {texts.registerLink}
            </Link>
          </div>
        </section>
      </div>
      <PortalFeaturesSection tenant={tenant} />
    </>
  );
}
