import type { Metadata } from "next";
import { tenantInScope } from "@/lib/staff/scope";
import { requireStaff } from "@/lib/staff/session";
import { SignInScreen } from "@/components/auth/sign-in-screen";
import { PreviewPage } from "@/components/console/preview/preview-page";

export const metadata: Metadata = { title: "Podgląd: logowanie" };

/** The tenant's start page (sign-in and registration panels) in a console frame. */
export default async function SignInPreviewPage({ params }: { params: Promise<{ tenant: string }> }) {
  const tenant = tenantInScope(await requireStaff(), (await params).tenant);
  return (
    <PreviewPage tenant={tenant} screen="logowanie">
      <SignInScreen tenant={tenant} notice={null} rememberedLogin="" />
    </PreviewPage>
  );
}
