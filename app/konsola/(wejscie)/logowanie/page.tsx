import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ConsoleAuthCard } from "@/components/console/auth-card";
import { StaffSignInForm } from "@/components/console/sign-in-forms";
import { findStaff, requireConsoleHost } from "@/lib/staff/session";
import { staffSignInAction } from "../actions";

export const metadata: Metadata = { title: "Logowanie · konsola mojBOK" };

const endings: Record<string, string> = {
  idle: "Sesja wygasła po 15 minutach bezczynności. Zaloguj się ponownie.",
  expired: "Sesja wygasła. Zaloguj się ponownie.",
  revoked: "Wylogowano.",
  locked: "Konto jest zablokowane. Skontaktuj się z administratorem.",
  wylogowano: "Wylogowano.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StaffSignInPage({ searchParams }: Props) {
  await requireConsoleHost();
  const current = await findStaff();
  if (current.ok && current.mfaPassed) redirect("/konsola");
  const reason = (await searchParams).koniec;
  const notice = typeof reason === "string" ? endings[reason] : undefined;
  return (
    <ConsoleAuthCard
      title="Logowanie do konsoli"
      intro="Dla pracowników obsługi klienta i administratorów sprzedawców. Po haśle podasz kod z aplikacji uwierzytelniającej."
    >
      {notice ? (
        <p role="status" className="mb-4 rounded-md border border-line bg-surface p-3 text-sm">
          {notice}
        </p>
      ) : null}
      <StaffSignInForm action={staffSignInAction} />
    </ConsoleAuthCard>
  );
}
