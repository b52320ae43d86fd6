import type { Metadata } from "next";
import { getTenant, requestHost } from "@/lib/tenant/server";
import { normalizeHost } from "@/lib/tenant/resolve";
import { AccessibilityStatement } from "@/components/accessibility/accessibility-statement";

export const metadata: Metadata = { title: "Deklaracja dostępności" };

/** The tenant's accessibility statement (docs/portal.md §16), open to everyone and linked from every footer. */
export default async function AccessibilityStatementPage() {
  const tenant = await getTenant();
  return <AccessibilityStatement tenant={tenant} host={normalizeHost(await requestHost())} />;
}
