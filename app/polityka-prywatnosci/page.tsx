import type { Metadata } from "next";
import { getTenant } from "@/lib/tenant/server";
import { LegalDocument } from "@/components/legal-document";

export const metadata: Metadata = { title: "Polityka prywatności i cookies" };

/** The tenant's privacy and cookie policy, open to everyone. */
export default async function PrivacyPolicyPage() {
  const { privacyPolicy } = await getTenant();
  return <LegalDocument title={privacyPolicy.title} markdown={privacyPolicy.markdown} />;
}
