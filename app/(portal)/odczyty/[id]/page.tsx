import type { Metadata } from "next";
import { meterScreenProps, type MeterRouteProps } from "@/lib/meters/meter-route";
import { MeterScreen } from "@/components/meters/meter-screen";
import { submitReadingAction, withdrawReadingAction } from "./reading-actions";

export const metadata: Metadata = { title: "Podaj odczyt" };

/** One point of Odczyty (docs/portal.md §14): only points the CRM marked selfReading; others are a 404. */
export default async function SelfReadingPage(props: MeterRouteProps) {
  return <MeterScreen {...await meterScreenProps("readings", props)} submitAction={submitReadingAction} withdrawAction={withdrawReadingAction} />;
}
