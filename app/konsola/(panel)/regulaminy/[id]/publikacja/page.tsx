import type { Metadata } from "next";
import { ConsoleCard, ConsoleHeading } from "@/components/console/page-heading";
import { PublishRegulationForm } from "@/components/console/regulations/publish-form";
import { now } from "@/lib/clock";
import { formatDate, warsawDate } from "@/lib/format";
import { countAnnouncementRecipients, EFFECTIVE_DATE_PAST } from "@/lib/regulations/publishing";
import { requireStaff } from "@/lib/staff/session";
import { publishRegulationAction } from "../../actions";
import { versionInScope } from "../../version";

export const metadata: Metadata = { title: "Publikacja regulaminu" };

/** The confirmation step before "Opublikuj": what will happen, to whom, from when. */
export default async function PublishRegulationPage({ params }: { params: Promise<{ id: string }> }) {
  const scope = await requireStaff({ role: "admin" });
  const { version, tenant } = await versionInScope(scope, (await params).id, { draftOnly: true });
  const recipients = await countAnnouncementRecipients(scope, tenant.id);
  const past = version.effectiveDate < warsawDate(now());
  return (
    <>
      <ConsoleHeading
        back={{ href: `/konsola/regulaminy/${version.id}`, label: `Wersja ${version.version}` }}
        title={`Opublikować wersję ${version.version}?`}
      />
      <ConsoleCard>
        <ul className="list-disc space-y-2 pl-5">
          <li>
            Regulamin „{version.title}” serwisu {tenant.names.product} zacznie obowiązywać <strong>{formatDate(version.effectiveDate)}</strong>.
          </li>
          <li>
            Od tego dnia każdy klient {tenant.names.product} przy najbliższym logowaniu będzie musiał go zaakceptować. Klientów innych sprzedawców to nie
            dotyczy.
          </li>
          <li>
            Powiadomienie e-mail dostanie <strong>{recipients}</strong> klientów z aktywnym kontem.
          </li>
          <li>Opublikowanej wersji nie można zmienić ani wycofać.</li>
        </ul>
        {past ? (
          <p role="alert" className="mt-5 rounded-md border border-danger p-3 text-sm font-medium text-danger">
            {EFFECTIVE_DATE_PAST} Najpierw popraw datę w szkicu.
          </p>
        ) : (
          <div className="mt-6">
            <PublishRegulationForm action={publishRegulationAction} id={version.id} />
          </div>
        )}
      </ConsoleCard>
    </>
  );
}
