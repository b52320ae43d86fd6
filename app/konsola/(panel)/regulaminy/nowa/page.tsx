import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { NewRegulationForm } from "@/components/console/regulations/regulation-form";
import { currentRegulation } from "@/lib/accounts/regulation";
import { now } from "@/lib/clock";
import { warsawDate } from "@/lib/format";
import { scopeTenants, tenantInScope } from "@/lib/staff/scope";
import { requireStaff } from "@/lib/staff/session";
import { createRegulationAction } from "../actions";

export const metadata: Metadata = { title: "Nowa wersja regulaminu" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const paramsSchema = z.object({ sprzedawca: z.string().max(40).optional().catch(undefined) });

/** "Nowa wersja": with ?sprzedawca= the form starts from that tenant's current text. */
export default async function NewRegulationPage({ searchParams }: Props) {
  const scope = await requireStaff({ role: "admin" });
  const params = paramsSchema.parse(await searchParams);
  const tenant = params.sprzedawca ? tenantInScope(scope, params.sprzedawca) : null;
  const current = tenant ? await currentRegulation(scope.db, tenant) : null;
  return (
    <>
      <p className="text-sm">
        <Link href="/konsola/regulaminy" className="font-medium underline underline-offset-2">
          ← Regulaminy
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">Nowa wersja regulaminu</h1>
      <p className="mt-1 max-w-prose text-sm text-ink-muted">
        Zapisana wersja jest szkicem: klienci jej nie widzą. Przed publikacją możesz ją poprawiać i obejrzeć w wyglądzie serwisu sprzedawcy.
      </p>
      <div className="mt-6 max-w-3xl rounded-lg border border-line bg-white p-5 shadow-sm sm:p-7">
        <NewRegulationForm
          action={createRegulationAction}
          tenants={scopeTenants(scope).map((t) => ({ value: t.id, label: `${t.names.product} (${t.names.legal})` }))}
          initial={{ tenantId: tenant?.id, title: current?.title ?? "", markdown: current?.markdown ?? "", effectiveDate: warsawDate(now()) }}
        />
      </div>
    </>
  );
}
