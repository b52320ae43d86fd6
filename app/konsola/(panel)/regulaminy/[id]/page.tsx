import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { ConsoleHeading } from "@/components/console/page-heading";
import { RegulationPreview } from "@/components/console/regulations/regulation-preview";
import { RegulationStatus } from "@/components/console/regulations/versions-table";
import { formatDate, formatDateTime } from "@/lib/format";
import { requireStaff } from "@/lib/staff/session";
import { versionInScope } from "../version";

export const metadata: Metadata = { title: "Wersja regulaminu" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const flashSchema = z.object({
  zapisano: z.literal("1").optional().catch(undefined),
  opublikowano: z.coerce.number().int().min(0).optional().catch(undefined),
});

/** One version: its facts, the preview in the tenant's branding, and what can be done with it. */
export default async function RegulationVersionPage({ params, searchParams }: Props) {
  const { version, tenant } = await versionInScope(await requireStaff({ role: "admin" }), (await params).id);
  const flash = flashSchema.parse(await searchParams);
  const message =
    flash.opublikowano !== undefined
      ? `Wersja ${version.version} została opublikowana. Powiadomienie wysłano do ${flash.opublikowano} klientów (kont aktywnych).`
      : flash.zapisano
        ? "Zapisano wersję roboczą."
        : null;
  return (
    <>
      <ConsoleHeading back={{ href: "/konsola/regulaminy", label: "Regulaminy" }} title={`Regulamin ${tenant.names.product}, wersja ${version.version}`} />
      <div
        role="status"
        className={message ? "mt-4 rounded-md border border-success bg-white p-3 text-sm font-medium text-success" : "sr-only"}
        data-testid="regulation-flash"
      >
        {message}
      </div>
      <dl className="mt-4 grid max-w-2xl grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-line bg-white p-5 text-sm shadow-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Stan</dt>
        <dd>
          <RegulationStatus version={version} />
        </dd>
        <dt className="font-semibold">Tytuł</dt>
        <dd>{version.title}</dd>
        <dt className="font-semibold">Obowiązuje od</dt>
        <dd>{formatDate(version.effectiveDate)}</dd>
        <dt className="font-semibold">Opublikowano</dt>
        <dd>{version.publishedAt ? `${formatDateTime(version.publishedAt)} · ${version.publishedByEmail ?? "z pliku sprzedawcy"}` : "—"}</dd>
        <dt className="font-semibold">Zaakceptowało kont</dt>
        <dd data-testid="acceptances">{version.status === "published" ? version.acceptances : "—"}</dd>
      </dl>
      {version.status === "draft" ? (
        <div className="mt-4 flex flex-wrap gap-3">
          <Link
            href={`/konsola/regulaminy/${version.id}/edycja`}
            className="inline-flex min-h-11 items-center rounded-md border border-line bg-white px-4 font-semibold hover:bg-surface"
          >
            Edytuj szkic
          </Link>
          <Link
            href={`/konsola/regulaminy/${version.id}/publikacja`}
            className="inline-flex min-h-11 items-center rounded-md bg-ink px-4 font-semibold text-white hover:opacity-90"
          >
            Opublikuj…
          </Link>
        </div>
      ) : null}
      <RegulationPreview tenant={tenant} version={version} />
    </>
  );
}
