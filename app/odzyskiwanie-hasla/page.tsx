import type { Metadata } from "next";
import { getTenant } from "@/lib/tenant/server";
import { RecoveryCard } from "./recovery-card";
import { PasswordRecoveryForm } from "./password-recovery-form";
import { passwordRecoveryTexts } from "./texts";

export const metadata: Metadata = { title: "Odzyskiwanie hasła" };

/** "Nie pamiętasz hasła?" (documents 000/001, Rys. 9/10) or MPEC's "Zapomniałeś hasła?". */
export default async function PasswordRecoveryPage() {
  const texts = passwordRecoveryTexts(await getTenant());
  return (
    <RecoveryCard title={texts.title}>
      <PasswordRecoveryForm texts={texts} />
    </RecoveryCard>
  );
}
