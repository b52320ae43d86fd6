import type { Tenant } from "@/lib/tenant/schema";
import type { PreviewDashboard } from "@/lib/staff/preview-models";
import { PortalHeader } from "@/components/portal/portal-header";
import { DashboardTiles } from "@/components/dashboard/dashboard-tiles";

/**
 * The portal's Pulpit (app/(portal)/pulpit) put together from the same tiles, fed with demo
 * values instead of the signed-in customer's queries (one DashboardTiles for both).
 */
export function PreviewDashboardScreen({ tenant, dashboard }: { tenant: Tenant; dashboard: PreviewDashboard }) {
  return (
    <>
      <PortalHeader tenant={tenant} customerName={dashboard.customerName} login={dashboard.login} />
      <div className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6">
        <DashboardTiles tenant={tenant} data={{ ...dashboard, online: { processing: 0, pending: 0 } }} />
      </div>
    </>
  );
}
