import type { Metadata } from "next";
import { tenantInScope } from "@/lib/staff/scope";
import { requireStaff } from "@/lib/staff/session";
import { RegistrationScreen } from "@/components/auth/registration/registration-screen";
import { PreviewPage } from "@/components/console/preview/preview-page";

export const metadata: Metadata = { title: "Podgląd: rejestracja" };

/**
 * The tenant's registration page in a console frame: the same component as app/rejestracja/page.tsx,
 * without its actions — the form shows but sends nothing (and the frame is inert besides).
 */
export default async function RegistrationPreviewPage({ params }: { params: Promise<{ tenant: string }> }) {
  const tenant = tenantInScope(await requireStaff(), (await params).tenant);
  return (
    <PreviewPage tenant={tenant} screen="rejestracja">
      <RegistrationScreen tenant={tenant} actions={null} />
    </PreviewPage>
  );
}
