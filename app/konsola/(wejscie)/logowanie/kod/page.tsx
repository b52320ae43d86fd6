import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ConsoleAuthCard } from "@/components/console/auth-card";
import { StaffCodeForm } from "@/components/console/sign-in-forms";
import { requireHalfSession } from "@/lib/staff/session";
import { staffCodeAction } from "../../actions";

export const metadata: Metadata = { title: "Kod weryfikacyjny · konsola mojBOK" };

/** Step two of the staff sign-in: the TOTP code (S23). */
export default async function StaffCodePage() {
  const half = await requireHalfSession();
  if (half.mfaPassed) redirect("/konsola");
  if (half.user.mustChangePassword || !half.user.totpEnrolledAt) redirect("/konsola/konfiguracja");
  return (
    <ConsoleAuthCard title="Kod weryfikacyjny" intro="Wpisz sześciocyfrowy kod z aplikacji uwierzytelniającej. Każdy kod działa tylko raz.">
      <StaffCodeForm action={staffCodeAction} />
    </ConsoleAuthCard>
  );
}
