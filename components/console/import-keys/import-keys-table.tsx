import Link from "next/link";
import { cardTableClass, TableFrame, tdClass, thClass } from "@/components/billing/card-table";
import { formatDateTime } from "@/lib/format";
import type { ImportKeyRow } from "@/lib/staff/import-keys-admin";
import { scopeLabels } from "@/lib/import-key-scope";

/** One tenant's keys; the key itself is never shown again, only its name and dates. */
export function ImportKeysTable({ tenantName, keys }: { tenantName: string; keys: ImportKeyRow[] }) {
  if (!keys.length) return <p className="mt-3 text-sm text-ink-muted">Brak kluczy. Bez klucza system CRM nie może przesyłać danych.</p>;
  return (
    <TableFrame>
      <table className={cardTableClass}>
        <caption className="sr-only">Klucze importu {tenantName}</caption>
        <thead className="border-b border-line bg-surface">
          <tr>
            <th scope="col" className={thClass}>Nazwa</th>
            <th scope="col" className={thClass}>Zakres</th>
            <th scope="col" className={thClass}>Utworzono</th>
            <th scope="col" className={thClass}>Ostatnie użycie</th>
            <th scope="col" className={thClass}>Stan</th>
            <th scope="col" className={thClass}>
              <span className="sr-only">Działania</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k.id} className="border-b border-line last:border-b-0" data-testid="import-key-row">
              <td data-label="Nazwa" className={`${tdClass} font-semibold wrap-anywhere`}>{k.label}</td>
              <td data-label="Zakres" className={`${tdClass} whitespace-nowrap text-sm`} data-testid="import-key-scope">
                {scopeLabels[k.scope]}
              </td>
              <td data-label="Utworzono" className={`${tdClass} text-sm`}>
                {formatDateTime(k.createdAt)}
                {k.createdByEmail ? (
                  <>
                    <br />
                    <span className="text-ink-muted wrap-anywhere">{k.createdByEmail}</span>
                  </>
                ) : null}
              </td>
              <td data-label="Ostatnie użycie" className={`${tdClass} whitespace-nowrap text-sm`}>{k.lastUsedAt ? formatDateTime(k.lastUsedAt) : "—"}</td>
              <td data-label="Stan" className={`${tdClass} text-sm`} data-testid="import-key-state">
                {k.revokedAt ? `Unieważniony ${formatDateTime(k.revokedAt)}` : "Aktywny"}
              </td>
              <td className={`${tdClass} lg:text-right`}>
                {k.revokedAt ? null : (
                  <Link href={`/konsola/klucze-importu/${k.id}/uniewaznij`} className="inline-flex min-h-11 items-center font-medium underline underline-offset-2">
                    Unieważnij<span className="sr-only"> klucz {k.label}</span>
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
