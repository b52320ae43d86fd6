import type { Tenant } from "@/lib/tenant/schema";
import { RegistrationCard } from "@/app/rejestracja/registration-card";
import { ContractRegistrationForm } from "@/app/rejestracja/contract-registration-form";
import { CustomerNumberRegistrationForm } from "@/app/rejestracja/customer-number-registration-form";

/** The registration page (app/rejestracja/page.tsx) with the tenant's flow and words; keep it in step with that page. */
export function PreviewRegistrationScreen({ tenant }: { tenant: Tenant }) {
  const { registration, texts } = tenant;
  return (
    <RegistrationCard title={texts.registerTitle} testId="registration">
      {registration.flow === "contract" ? (
        <ContractRegistrationForm buttonLabel={texts.registerButton} />
      ) : (
        <CustomerNumberRegistrationForm allowSettlement={registration.allowSettlementAmount} captcha={tenant.captcha} buttonLabel={texts.registerButton} />
      )}
    </RegistrationCard>
  );
}
