import type { Metadata } from "next";
import { requireCustomer } from "@/lib/auth/customer";
import { ROLES } from "@/lib/auth/customer-scope";
import { getTenant } from "@/lib/tenant/server";
import { selfReadingPoints } from "@/lib/meters/self-reading-points";
import { moduleLabel } from "@/lib/points/module-label";
import { SelfReadingList } from "@/components/meters/self-reading-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: moduleLabel(await getTenant(), "readings") };
}

/** Odczyty (issue 15, item 2; docs/portal.md §14): the points the CRM lets the customer read, their last readings and "Podaj odczyt". */
export default async function SelfReadingsPage() {
  const { scope } = await requireCustomer({ module: "readings", roles: ROLES.view });
  return <SelfReadingList title={moduleLabel(scope.tenant, "readings")} {...await selfReadingPoints(scope)} />;
}
