import type { Metadata } from "next";
import Link from "next/link";
import { now } from "@/lib/clock";
import { consoleOverview } from "@/lib/staff/overview";
import { scopeTenants } from "@/lib/staff/scope";
import { requireStaff } from "@/lib/staff/session";

export const metadata: Metadata = { title: "Pulpit" };

export default async function ConsoleHomePage() {
  const scope = await requireStaff();
  const tenants = scopeTenants(scope);
  const overview = await consoleOverview(scope, now());
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Pulpit</h1>
      <p className="mt-1 text-sm text-ink-muted">Sprzedawcy, których obsługujesz, i to, co na Ciebie czeka.</p>
      <ul className="mt-6 grid gap-4 md:grid-cols-3">
        {tenants.map((tenant) => {
          const o = overview.find((r) => r.tenantId === tenant.id);
          return (
            <li key={tenant.id} className="rounded-lg border border-line bg-white p-5 shadow-sm">
              <h2 className="text-lg font-semibold">{tenant.names.product}</h2>
              <p className="text-sm text-ink-muted">{tenant.names.legal}</p>
              <dl className="mt-4 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
                <dt>Otwarte zgłoszenia</dt>
                <dd className="text-right font-semibold tabular-nums">{o?.openTickets ?? 0}</dd>
                <dt>Termin odpowiedzi w ciągu 3 dni</dt>
                <dd className="text-right font-semibold tabular-nums">{o?.dueSoon ?? 0}</dd>
                <dt>Zablokowane konta</dt>
                <dd className="text-right font-semibold tabular-nums">{o?.lockedAccounts ?? 0}</dd>
              </dl>
              <p className="mt-4 text-sm">
                <Link href={`/konsola/zgloszenia?sprzedawca=${tenant.id}`} className="font-medium underline underline-offset-2">
                  Kolejka zgłoszeń
                </Link>
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
