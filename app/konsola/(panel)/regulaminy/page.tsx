import type { Metadata } from "next";
import Link from "next/link";
import { RegulationVersionsTable } from "@/components/console/regulations/versions-table";
import { listRegulations } from "@/lib/regulations/publishing";
import { requireStaff } from "@/lib/staff/session";

export const metadata: Metadata = { title: "Regulaminy" };

/** Regulation versions per tenant in the admin's scope, with how many accounts accepted each. */
export default async function ConsoleRegulationsPage() {
  const tenants = await listRegulations(await requireStaff({ role: "admin" }));
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Regulaminy</h1>
          <p className="mt-1 text-sm text-ink-muted">Wersje regulaminu serwisu u Twoich sprzedawców. Opublikowanej wersji nie można już zmienić.</p>
        </div>
        <Link href="/konsola/regulaminy/nowa" className="inline-flex min-h-11 items-center rounded-md bg-ink px-4 font-semibold text-white hover:opacity-90">
          Nowa wersja
        </Link>
      </div>
      {tenants.map(({ tenant, versions }) => (
        <section key={tenant.id} aria-labelledby={`sprzedawca-${tenant.id}`} className="mt-8" data-testid={`regulations-${tenant.id}`}>
          <h2 id={`sprzedawca-${tenant.id}`} className="text-lg font-semibold">
            {tenant.names.product} <span className="font-normal text-ink-muted">· {tenant.names.legal}</span>
          </h2>
          <RegulationVersionsTable tenantName={tenant.names.product} versions={versions} />
          <p className="mt-2 text-sm">
            <Link href={`/konsola/regulaminy/nowa?sprzedawca=${tenant.id}`} className="font-medium underline underline-offset-2">
              Nowa wersja dla {tenant.names.product}
            </Link>
          </p>
        </section>
      ))}
    </>
  );
}
