import type { Metadata } from "next";
import { getTenant } from "@/lib/tenant/server";
import { getDb } from "@/db/client";
import { currentRegulation } from "@/lib/regulations/in-force";
import { RegulationDocument } from "@/components/regulations/regulation-document";

export const metadata: Metadata = { title: "Regulamin" };

/** The regulation in force (the newest published version), open to everyone: registration links here. */
export default async function RegulationPage() {
  const tenant = await getTenant();
  const regulation = await currentRegulation(await getDb(), tenant);
  return <RegulationDocument regulation={regulation} />;
}
