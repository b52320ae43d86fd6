import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireCustomer } from "@/lib/auth/customer";
import { ROLES } from "@/lib/auth/customer-scope";
import { routeParam } from "@/lib/portal/modules";
import { meterPageData, type MeterPageSearch } from "@/lib/meters/meter-page";
import { moduleLabel } from "@/lib/points/module-label";
import { MeterScreen } from "@/components/meters/meter-screen";
import { submitReadingAction, withdrawReadingAction } from "./reading-actions";

export const metadata: Metadata = { title: "Podaj odczyt" };

/** One point of Odczyty (docs/portal.md §14): only points the CRM marked selfReading; others are a 404. */
export default async function SelfReadingPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<MeterPageSearch> }) {
  const { scope } = await requireCustomer({ module: "readings", roles: ROLES.view });
  const data = await meterPageData(scope, "readings", routeParam((await params).id), await searchParams);
  if (!data) notFound();
  return (
    <MeterScreen
      module="readings"
      data={data}
      title={data.point.meterNumber ? `Licznik nr ${data.point.meterNumber}` : `Punkt poboru ${data.point.code}`}
      back={{ href: "/odczyty", label: moduleLabel(scope.tenant, "readings") }}
      submitAction={submitReadingAction}
      withdrawAction={withdrawReadingAction}
    />
  );
}
