import type { Tenant } from "@/lib/tenant/schema";
import type { FormAction } from "@/lib/actions/form-state";
import { contactsSentence } from "@/lib/accounts/registration-common";
import { AuthCard } from "@/components/auth/auth-card";
import { ContractRegistrationForm } from "./contract-registration-form";
import { CustomerNumberRegistrationForm } from "./customer-number-registration-form";

/** The two registration actions (app/rejestracja/*-action.ts); the page passes them, the console's preview passes none. */
export type RegistrationActions = { byContract: FormAction; byCustomerNumber: FormAction };

/**
 * The tenant's registration screen (tenant.registration.flow): by contract (001) or by customer
 * number (004). The registration page and the console's theme preview render this same component;
 * in the preview (`actions: null`) the form shows but sends nothing.
 */
export function RegistrationScreen({ tenant, actions }: { tenant: Tenant; actions: RegistrationActions | null }) {
  const { registration, texts } = tenant;
  return (
    <AuthCard title={texts.registerTitle} testId="registration">
      {registration.flow === "contract" ? (
        <ContractRegistrationForm action={actions?.byContract ?? null} buttonLabel={texts.registerButton} />
      ) : (
        <>
          {tenant.captcha ? (
            <noscript>
              <p className="mb-5 rounded-md border border-danger bg-white p-3 text-sm font-medium text-danger" data-testid="noscript-captcha">
                Rejestracja wymaga włączonej obsługi JavaScript: bez niej nie zadziała potwierdzenie „Nie jestem robotem”. Włącz JavaScript w przeglądarce albo
                skontaktuj się z nami — {contactsSentence(tenant)}
              </p>
            </noscript>
          ) : null}
          <CustomerNumberRegistrationForm
            action={actions?.byCustomerNumber ?? null}
            allowSettlement={registration.allowSettlementAmount}
            captcha={tenant.captcha}
            buttonLabel={texts.registerButton}
          />
        </>
      )}
    </AuthCard>
  );
}
