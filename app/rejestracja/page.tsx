import type { Metadata } from "next";
import { getTenant } from "@/lib/tenant/server";
import { RegistrationScreen } from "@/components/auth/registration/registration-screen";
import { registerByContractAction } from "./register-by-contract-action";
import { registerByCustomerNumberAction } from "./register-by-customer-number-action";

export const metadata: Metadata = { title: "Rejestracja" };

/** The tenant's registration flow (tenant.registration.flow): by contract (001) or by customer number (004). */
export default async function RegistrationPage() {
  const tenant = await getTenant();
  return <RegistrationScreen tenant={tenant} actions={{ byContract: registerByContractAction, byCustomerNumber: registerByCustomerNumberAction }} />;
}
