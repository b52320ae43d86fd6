import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ConsoleAuthCard } from "@/components/console/auth-card";
import { StaffSetupForm } from "@/components/console/sign-in-forms";
import { ensurePendingTotpSecret, staffPasswordPolicy } from "@/lib/staff/auth";
import { newTotpSecret, totpQrDataUrl } from "@/lib/security/totp";
import { consoleRequest, requireHalfSession } from "@/lib/staff/session";
import { staffSetupAction } from "../actions";

export const metadata: Metadata = { title: "Pierwsze logowanie · konsola mojBOK" };

/** "secret" → "ABCD EFGH …": easier to type by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(" ") ?? secret;

/** First sign-in: the person's own password and the TOTP enrolment (QR code and the secret as text). */
export default async function StaffSetupPage() {
  const half = await requireHalfSession();
  if (!half.user.mustChangePassword && half.user.totpEnrolledAt) redirect(half.mfaPassed ? "/konsola" : "/konsola/logowanie/kod");
  const secret = await ensurePendingTotpSecret((await consoleRequest()).db, half.user, newTotpSecret);
  const qr = await totpQrDataUrl(secret, half.user.email);
  return (
    <ConsoleAuthCard
      title="Pierwsze logowanie"
      intro="Ustaw własne hasło i dodaj konto do aplikacji uwierzytelniającej (np. Google Authenticator, Microsoft Authenticator, FreeOTP)."
    >
      <ol className="mb-6 list-decimal space-y-3 pl-5 text-sm leading-relaxed">
        <li>
          Zeskanuj kod QR w aplikacji:
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server */}
          <img
            src={qr}
            alt={`Kod QR do dodania konta ${half.user.email} w aplikacji uwierzytelniającej`}
            width={192}
            height={192}
            className="mt-2 block rounded border border-line bg-white"
          />
        </li>
        <li>
          albo wpisz ręcznie klucz:{" "}
          <code data-testid="totp-secret" className="block rounded bg-surface px-2 py-1 font-mono text-base break-all">
            {grouped(secret)}
          </code>
          <span className="text-ink-muted">(typ: oparty na czasie, 6 cyfr, co 30 sekund)</span>
        </li>
        <li>Wpisz nowe hasło i kod, który pokazuje aplikacja.</li>
      </ol>
      <StaffSetupForm action={staffSetupAction} hint={staffPasswordPolicy.hint} />
    </ConsoleAuthCard>
  );
}
