import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
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
      <p className="text-sm">
        <Link href="/konsola/klucze-importu" className="font-medium underline underline-offset-2">
          ← Klucze importu
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight wrap-anywhere">Unieważnić klucz „{key.label}”?</h1>
      <div className="mt-6 max-w-2xl rounded-lg border border-line bg-white p-5 shadow-sm sm:p-7">
        <p>
          Klucz sprzedawcy {tenant.names.product}, utworzony {formatDateTime(key.createdAt)}
          {key.lastUsedAt ? `, ostatnio użyty ${formatDateTime(key.lastUsedAt)}` : ", jeszcze nieużyty"}.
        </p>
        <p className="mt-3">Po unieważnieniu każdy import z tym kluczem zostanie odrzucony. Tego nie można cofnąć — system CRM będzie potrzebował nowego klucza.</p>
        <div className="mt-6">
          <RevokeImportKeyForm action={revokeImportKeyAction} id={key.id} />
        </div>
      </div>
    </>
  );
}
