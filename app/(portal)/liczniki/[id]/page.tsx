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

/** One meter of MPEC's Liczniki (docs/portal.md §8); what it shows: lib/meters/meter-page.ts. */
export default async function MeterPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<MeterPageSearch> }) {
  const { scope } = await requireCustomer({ module: "meters", roles: ROLES.view });
  const data = await meterPageData(scope, "meters", routeParam((await params).id), await searchParams);
  if (!data) notFound();
  return (
    <MeterScreen
      module="meters"
      data={data}
      title={`Licznik nr ${data.point.meterNumber}`}
      back={{ href: "/liczniki", label: moduleLabel(scope.tenant, "meters") }}
      submitAction={submitReadingAction}
      withdrawAction={withdrawReadingAction}
    />
  );
}
