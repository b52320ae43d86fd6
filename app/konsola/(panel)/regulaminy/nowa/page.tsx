import type { Metadata } from "next";
import { ConsoleCard, ConsoleHeading } from "@/components/console/page-heading";
import { z } from "zod";
import { NewRegulationForm } from "@/components/console/regulations/regulation-form";
import { currentRegulation } from "@/lib/regulations/in-force";
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
      <ConsoleHeading
        back={{ href: "/konsola/regulaminy", label: "Regulaminy" }}
        title="Nowa wersja regulaminu"
        intro="Zapisana wersja jest szkicem: klienci jej nie widzą. Przed publikacją możesz ją poprawiać i obejrzeć w wyglądzie serwisu sprzedawcy."
      />
      <ConsoleCard wide>
        <NewRegulationForm
          action={createRegulationAction}
          tenants={scopeTenants(scope).map((t) => ({ value: t.id, label: `${t.names.product} (${t.names.legal})` }))}
          initial={{ tenantId: tenant?.id, title: current?.title ?? "", markdown: current?.markdown ?? "", effectiveDate: warsawDate(now()) }}
        />
      </ConsoleCard>
    </>
  );
}
