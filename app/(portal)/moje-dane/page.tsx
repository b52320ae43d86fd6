import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireCustomer, type CustomerScope } from "@/lib/auth/customer";
import { ROLES } from "@/lib/auth/customer-scope";
import { customerContact } from "@/lib/my-data/change-phone";
import { moduleLabel } from "@/lib/portal/modules";
import { consentHistory } from "@/lib/my-data/consents";
import { customerRecord } from "@/lib/my-data/customer";
import { formatPhone } from "@/lib/validation/phone";
import { BasicDataSection } from "@/components/my-data/basic-data-section";
import { ContactForm } from "@/components/my-data/contact-form";
import { DelegatePhoneForm } from "@/components/my-data/delegate-phone-form";
import { ConsentsSection } from "@/components/my-data/consents-section";
import { saveConsentsAction } from "./consent-action";
import { changeContactAction } from "./contact-action";
import { changePhoneAction } from "./phone-action";

export const metadata: Metadata = { title: "Moje dane" };

/**
 * "Moje dane" (issue 4 item 8): the customer's data, contact data (S19) and consents with their
 * history. A delegate with the full role (docs/accounts.md §17) sees the customer's data and may
 * change the contact phone only: no e-mail, address or consents.
 */
export default async function MyDataPage() {
  const { scope, account } = await requireCustomer({ module: "my-data", roles: ROLES.full });
  const { tenant } = scope;
  if (scope.role !== "holder") return <DelegateView scope={scope} />;
  const [customer, history] = await Promise.all([customerRecord(scope), consentHistory(scope)]);
  if (!customer) notFound();
  const label = moduleLabel(tenant, "my-data") ?? "Moje dane";
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{label}</h1>
      <BasicDataSection customer={customer} />
      <ContactForm
        action={changeContactAction}
        phone={account.phone ? formatPhone(account.phone) : ""}
        email={account.email}
        address={customer.correspondenceAddress}
      />
      <ConsentsSection history={history} saveConsents={saveConsentsAction} />
    </div>
  );
}

async function DelegateView({ scope }: { scope: CustomerScope }) {
  const [customer, contact] = await Promise.all([customerRecord(scope), customerContact(scope)]);
  if (!customer) notFound();
  const label = moduleLabel(scope.tenant, "my-data") ?? "Moje dane";
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{label}</h1>
      <BasicDataSection customer={customer} />
      <DelegatePhoneForm action={changePhoneAction} phone={contact?.phone ? formatPhone(contact.phone) : ""} email={contact?.email ?? "—"} />
    </div>
  );
}
