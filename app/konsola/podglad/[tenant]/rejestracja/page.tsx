import type { Metadata } from "next";
import { tenantInScope } from "@/lib/staff/scope";
import { requireStaff } from "@/lib/staff/session";
import { PreviewPage } from "@/components/console/preview/preview-page";
import { PreviewRegistrationScreen } from "@/components/console/preview/preview-registration";

export const metadata: Metadata = { title: "Podgląd: rejestracja" };

/** The tenant's registration form (its own flow and words) in a console frame. */
export default async function RegistrationPreviewPage({ params }: { params: Promise<{ tenant: string }> }) {
  const tenant = tenantInScope(await requireStaff(), (await params).tenant);
  return (
    <PreviewPage tenant={tenant} screen="rejestracja">
      <PreviewRegistrationScreen tenant={tenant} />
    </PreviewPage>
  );
}
