import type { Metadata } from "next";
import { z } from "zod";
import { CreateImportKeyForm } from "@/components/console/import-keys/import-key-forms";
import { ImportKeysTable } from "@/components/console/import-keys/import-keys-table";
import { listImportKeys } from "@/lib/staff/import-keys-admin";
import { requireStaff } from "@/lib/staff/session";
import { createImportKeyAction } from "./actions";

export const metadata: Metadata = { title: "Klucze importu" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const flashSchema = z.object({ uniewazniono: z.literal("1").optional().catch(undefined) });

/** The CRM import keys of the admin's tenants. */
export default async function ImportKeysPage({ searchParams }: Props) {
  const scope = await requireStaff({ role: "admin" });
  const tenants = await listImportKeys(scope);
  const revoked = flashSchema.parse(await searchParams).uniewazniono;
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Klucze importu</h1>
      <p className="mt-1 max-w-prose text-sm text-ink-muted">
        Klucze, którymi systemy CRM sprzedawców przesyłają dane do POST /api/import i pobierają zdarzenia z GET /api/export — każdy w swoim zakresie. Klucz jest
        pokazywany tylko raz, przy tworzeniu.
      </p>
      <div
        role="status"
        className={revoked ? "mt-4 rounded-md border border-success bg-white p-3 text-sm font-medium text-success" : "sr-only"}
        data-testid="import-keys-flash"
      >
        {revoked ? "Klucz został unieważniony. Import z jego użyciem jest odrzucany." : null}
      </div>
      <section aria-labelledby="nowy-klucz" className="mt-6 max-w-2xl rounded-lg border border-line bg-white p-5 shadow-sm sm:p-7">
        <h2 id="nowy-klucz" className="mb-4 text-lg font-semibold">
          Nowy klucz
        </h2>
        <CreateImportKeyForm
          action={createImportKeyAction}
          tenants={tenants.map(({ tenant }) => ({ value: tenant.id, label: `${tenant.names.product} (${tenant.names.legal})` }))}
        />
      </section>
      {tenants.map(({ tenant, keys }) => (
        <section key={tenant.id} aria-labelledby={`klucze-${tenant.id}`} className="mt-8" data-testid={`import-keys-${tenant.id}`}>
          <h2 id={`klucze-${tenant.id}`} className="text-lg font-semibold">
            {tenant.names.product} <span className="font-normal text-ink-muted">· {tenant.names.legal}</span>
          </h2>
          <ImportKeysTable tenantName={tenant.names.product} keys={keys} />
        </section>
      ))}
    </>
  );
}
