import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConsoleCard, ConsoleHeading } from "@/components/console/page-heading";
import { RevokeImportKeyForm } from "@/components/console/import-keys/import-key-forms";
import { formatDateTime } from "@/lib/format";
import { findImportKey } from "@/lib/staff/import-keys-admin";
import { tenantInScope } from "@/lib/staff/scope";
import { requireStaff } from "@/lib/staff/session";
import { revokeImportKeyAction } from "../../actions";

export const metadata: Metadata = { title: "Unieważnienie klucza importu" };

/** The confirmation step before a key stops working. */
export default async function RevokeImportKeyPage({ params }: { params: Promise<{ id: string }> }) {
  const scope = await requireStaff({ role: "admin" });
  const key = await findImportKey(scope, (await params).id);
  if (!key || key.revokedAt) notFound();
  const tenant = tenantInScope(scope, key.tenantId);
  return (
    <>
      <ConsoleHeading back={{ href: "/konsola/klucze-importu", label: "Klucze importu" }} title={`Unieważnić klucz „${key.label}”?`} />
      <ConsoleCard>
        <p>
          Klucz sprzedawcy {tenant.names.product}, utworzony {formatDateTime(key.createdAt)}
          {key.lastUsedAt ? `, ostatnio użyty ${formatDateTime(key.lastUsedAt)}` : ", jeszcze nieużyty"}.
        </p>
        <p className="mt-3">
          Po unieważnieniu każdy import z tym kluczem zostanie odrzucony. Tego nie można cofnąć — system CRM będzie potrzebował nowego klucza.
        </p>
        <div className="mt-6">
          <RevokeImportKeyForm action={revokeImportKeyAction} id={key.id} />
        </div>
      </ConsoleCard>
    </>
  );
}
