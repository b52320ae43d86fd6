import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireCustomer } from "@/lib/auth/customer";
import { moduleLabel } from "@/lib/portal/modules";
import { consentHistory } from "@/lib/my-data/consents";
import { customerRecord } from "@/lib/my-data/customer";
import { formatPhone } from "@/lib/validation/phone";
import { BasicDataSection } from "@/components/my-data/basic-data-section";
import { ContactForm } from "@/components/my-data/contact-form";
import { ConsentsSection } from "@/components/my-data/consents-section";
import { saveConsentsAction } from "./consent-action";
import { changeContactAction } from "./contact-action";

export const metadata: Metadata = { title: "Moje dane" };

/** "Moje dane" (issue 4 item 8): the customer's data, contact data (S19) and consents with their history. */
export default async function MyDataPage() {
  const { scope, account } = await requireCustomer({ module: "my-data" });
  const { tenant } = scope;
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
