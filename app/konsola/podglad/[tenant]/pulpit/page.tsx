import type { Metadata } from "next";
import { now } from "@/lib/clock";
import { demoWorld } from "@/lib/staff/preview";
import { previewDashboard } from "@/lib/staff/preview-models";
import { tenantInScope } from "@/lib/staff/scope";
import { requireStaff } from "@/lib/staff/session";
import { PreviewPage } from "@/components/console/preview/preview-page";
import { PreviewDashboardScreen } from "@/components/console/preview/preview-dashboard";

export const metadata: Metadata = { title: "Podgląd: pulpit" };

/** The portal's Pulpit with a demo customer generated in memory (never read from the database). */
export default async function DashboardPreviewPage({ params }: { params: Promise<{ tenant: string }> }) {
  const tenant = tenantInScope(await requireStaff(), (await params).tenant);
  const at = now();
  return (
    <PreviewPage tenant={tenant} screen="pulpit">
      <PreviewDashboardScreen tenant={tenant} dashboard={previewDashboard(demoWorld(tenant, at), at)} />
    </PreviewPage>
  );
}
