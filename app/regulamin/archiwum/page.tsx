import type { Metadata } from "next";
import Link from "next/link";
import { getTenant } from "@/lib/tenant/server";
import { getDb } from "@/db/client";
import { currentRegulation } from "@/lib/regulations/in-force";
import { publishedRegulations } from "@/lib/regulations/archive";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Archiwum regulaminu" };

/** Every published version of the tenant's regulation, the one in force marked. */
export default async function RegulationArchivePage() {
  const tenant = await getTenant();
  const db = await getDb();
  const current = await currentRegulation(db, tenant);
  const versions = await publishedRegulations(db, tenant);
  return (
    <article className="mx-auto w-full max-w-3xl px-4 py-10 sm:px-6 sm:py-12">
      <h1 className="text-2xl font-bold tracking-tight text-balance sm:text-3xl">Archiwum regulaminu</h1>
      <p className="mt-3 text-ink-muted">Wszystkie opublikowane wersje regulaminu serwisu {tenant.names.product}.</p>
      <ul className="mt-8 divide-y divide-line rounded-lg border border-line bg-white shadow-xs" data-testid="regulation-archive">
        {versions.map((v) => {
          const state = v.id === current.id ? "obowiązuje" : v.effectiveDate > current.effectiveDate ? "wejdzie w życie" : "archiwalna";
          return (
            <li key={v.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-5 py-4">
              <Link href={`/regulamin/archiwum/${encodeURIComponent(v.version)}`} className="font-semibold text-brand underline underline-offset-2">
                Wersja {v.version}
              </Link>
              <span className="text-sm text-ink-muted">
                od {formatDate(v.effectiveDate)} · {state}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="mt-6">
        <Link href="/regulamin" className="font-medium text-brand underline underline-offset-2">
          Regulamin obowiązujący
        </Link>
      </p>
    </article>
  );
}
