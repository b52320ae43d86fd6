import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { getTenant } from "@/lib/tenant/server";
import { passwordStep, passwordStepMessages } from "@/lib/accounts/set-initial-password";
import { AuthCard } from "@/components/auth/auth-card";
import { SetInitialPasswordForm } from "./set-initial-password-form";
import { PASSWORD_STEP_COOKIE } from "./step-cookie";

export const metadata: Metadata = { title: "Ustaw hasło do portalu" };

/** MPEC's step after registration; reachable only with the step cookie the registration set. */
export default async function InitialPasswordPage() {
  const tenant = await getTenant();
  if (tenant.registration.flow !== "customer-number") notFound();
  const token = (await cookies()).get(PASSWORD_STEP_COOKIE)?.value;
  const step = await passwordStep(await getDb(), tenant, token);
  return (
    <AuthCard title="Ustaw hasło do portalu" testId="password-step">
      <SetInitialPasswordForm
        hint={tenant.passwordPolicy.hint}
        available={step.ok}
        goneText={passwordStepMessages.gone}
        registerLabel={tenant.texts.registerLink}
      />
    </AuthCard>
  );
}
