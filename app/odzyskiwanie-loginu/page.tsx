import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTenant } from "@/lib/tenant/server";
import { RecoveryCard } from "@/app/odzyskiwanie-hasla/recovery-card";
import { LoginReminderForm } from "./login-reminder-form";

export const metadata: Metadata = { title: "Odzyskiwanie loginu" };

/** "EBOK / Odzyskiwanie loginu" (documents 000/001, Rys. 11/12), only where the tenant links to it. */
export default async function LoginReminderPage() {
  const tenant = await getTenant();
  if (!tenant.texts.forgotLoginLink) notFound();
  const { contacts } = tenant;
  const help = `Jeśli wiadomość nie dotrze w ciągu kilku minut, sprawdź podany adres lub skontaktuj się z Biurem Obsługi Klienta: tel. ${contacts.phone}, e-mail ${contacts.emailIndividual}.`;
  return (
    <RecoveryCard title={`${tenant.names.portalHeading} / Odzyskiwanie loginu`}>
      <LoginReminderForm help={help} />
    </RecoveryCard>
  );
}
