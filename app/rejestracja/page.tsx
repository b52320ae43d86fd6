import type { Metadata } from "next";
import { getTenant } from "@/lib/tenant/server";
import { contactsSentence } from "@/lib/accounts/registration-common";
import { ContractRegistrationForm } from "./contract-registration-form";
import { CustomerNumberRegistrationForm } from "./customer-number-registration-form";
import { RegistrationCard } from "./registration-card";

export const metadata: Metadata = { title: "Rejestracja" };

/** The tenant's registration flow (tenant.registration.flow): by contract (001) or by customer number (004). */
export default async function RegistrationPage() {
  const tenant = await getTenant();
  const { registration, texts } = tenant;
  return (
    <RegistrationCard title={texts.registerTitle} testId="registration">
      {registration.flow === "contract" ? (
        <ContractRegistrationForm buttonLabel={texts.registerButton} />
      ) : (
        <>
          {tenant.captcha ? (
            <noscript>
              <p className="mb-5 rounded-md border border-danger bg-white p-3 text-sm font-medium text-danger" data-testid="noscript-captcha">
                Rejestracja wymaga włączonej obsługi JavaScript: bez niej nie zadziała potwierdzenie „Nie jestem robotem”. Włącz JavaScript w
                przeglądarce albo skontaktuj się z nami — {contactsSentence(tenant)}
              </p>
            </noscript>
          ) : null}
          <CustomerNumberRegistrationForm allowSettlement={registration.allowSettlementAmount} captcha={tenant.captcha} buttonLabel={texts.registerButton} />
        </>
      )}
    </RegistrationCard>
  );
}
