import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PublishRegulationForm } from "@/components/console/regulations/publish-form";
import { now } from "@/lib/clock";
import { formatDate, warsawDate } from "@/lib/format";
import { countAnnouncementRecipients, EFFECTIVE_DATE_PAST, findRegulation } from "@/lib/staff/regulations";
import { tenantInScope } from "@/lib/staff/scope";
import { requireStaff } from "@/lib/staff/session";
import { publishRegulationAction } from "../../actions";

export const metadata: Metadata = { title: "Publikacja regulaminu" };

/** The confirmation step before "Opublikuj": what will happen, to whom, from when. */
export default async function PublishRegulationPage({ params }: { params: Promise<{ id: string }> }) {
  const scope = await requireStaff({ role: "admin" });
  const version = await findRegulation(scope, (await params).id);
  if (!version || version.status !== "draft") notFound();
  const tenant = tenantInScope(scope, version.tenantId);
  const recipients = await countAnnouncementRecipients(scope, tenant.id);
  const past = version.effectiveDate < warsawDate(now());
  return (
    <>
      <p className="text-sm">
        <Link href={`/konsola/regulaminy/${version.id}`} className="font-medium underline underline-offset-2">
          ← Wersja {version.version}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">Opublikować wersję {version.version}?</h1>
      <div className="mt-6 max-w-2xl rounded-lg border border-line bg-white p-5 shadow-sm sm:p-7">
        <ul className="list-disc space-y-2 pl-5">
          <li>
            Regulamin „{version.title}” serwisu {tenant.names.product} zacznie obowiązywać <strong>{formatDate(version.effectiveDate)}</strong>.
          </li>
          <li>Od tego dnia każdy klient {tenant.names.product} przy najbliższym logowaniu będzie musiał go zaakceptować. Klientów innych sprzedawców to nie dotyczy.</li>
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
      </div>
    </>
  );
}
