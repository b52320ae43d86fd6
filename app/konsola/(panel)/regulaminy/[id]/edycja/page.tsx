import type { Metadata } from "next";
import { ConsoleCard, ConsoleHeading } from "@/components/console/page-heading";
import { EditRegulationForm } from "@/components/console/regulations/regulation-form";
import { requireStaff } from "@/lib/staff/session";
import { updateRegulationAction } from "../../actions";
import { versionInScope } from "../../version";

export const metadata: Metadata = { title: "Edycja szkicu regulaminu" };

/** Editing a draft; a published version is immutable, so its edit page does not exist. */
export default async function EditRegulationPage({ params }: { params: Promise<{ id: string }> }) {
  const { version, tenant } = await versionInScope(await requireStaff({ role: "admin" }), (await params).id, { draftOnly: true });
  return (
    <>
      <ConsoleHeading
        back={{ href: `/konsola/regulaminy/${version.id}`, label: `Wersja ${version.version}` }}
        title={`Edycja szkicu · ${tenant.names.product}`}
      />
      <ConsoleCard wide>
        <EditRegulationForm
          action={updateRegulationAction}
          draft={{ id: version.id, version: version.version, title: version.title, markdown: version.markdown, effectiveDate: version.effectiveDate }}
        />
      </ConsoleCard>
    </>
  );
}
