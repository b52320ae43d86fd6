import type { Metadata } from "next";
import { meterScreenProps, type MeterRouteProps } from "@/lib/meters/meter-route";
import { MeterScreen } from "@/components/meters/meter-screen";
import { submitReadingAction, withdrawReadingAction } from "./reading-actions";

export const metadata: Metadata = { title: "Podaj odczyt" };

/** One meter of MPEC's Liczniki (docs/portal.md §8); what it shows: lib/meters/meter-page.ts. */
export default async function MeterPage(props: MeterRouteProps) {
  return <MeterScreen {...await meterScreenProps("meters", props)} submitAction={submitReadingAction} withdrawAction={withdrawReadingAction} />;
}
