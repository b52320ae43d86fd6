import type { Tenant } from "@/lib/tenant/schema";

/**
 * The words of the password-recovery page: the tenant file's (recoveryTexts, which follow its
 * recovery method) and the help line with its contacts. The confirmation is the same for every
 * login (S06).
 */
export type PasswordRecoveryTexts = {
  title: string;
  intro: string;
  loginHint: string;
  button: string;
  doneHeading: string;
  doneText: string;
  /** Neutral help under the confirmation, with the tenant's contacts. */
  doneHelp: string;
};

export function passwordRecoveryTexts(tenant: Tenant): PasswordRecoveryTexts {
  const { contacts } = tenant;
  const doneHelp = `Jeśli wiadomość nie dotrze w ciągu kilku minut, sprawdź podany login lub skontaktuj się z Biurem Obsługi Klienta: tel. ${contacts.phone}, e-mail ${contacts.emailIndividual}.`;
  return { ...tenant.recoveryTexts, doneHelp };
}
