import Link from "next/link";
import { tdClass } from "@/components/billing/card-table";
import { ConsoleTable, consoleRowClass } from "@/components/console/console-table";
import { formatDateTime } from "@/lib/format";
import type { ImportKeyRow } from "@/lib/staff/import-keys-admin";
import { scopeLabels } from "@/lib/import-key-scope";

/** One tenant's keys; the key itself is never shown again, only its name and dates. */
export function ImportKeysTable({ tenantName, keys }: { tenantName: string; keys: ImportKeyRow[] }) {
  if (!keys.length) return <p className="mt-3 text-sm text-ink-muted">Brak kluczy. Bez klucza system CRM nie może przesyłać danych.</p>;
  return (
    <ConsoleTable
      caption={`Klucze importu ${tenantName}`}
      columns={["Nazwa", "Zakres", "Utworzono", "Ostatnie użycie", "Stan", { label: <span className="sr-only">Działania</span> }]}
    >
      {keys.map((k) => (
        <tr key={k.id} className={consoleRowClass} data-testid="import-key-row">
          <td data-label="Nazwa" className={`${tdClass} font-semibold wrap-anywhere`}>
            {k.label}
          </td>
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
          <td data-label="Ostatnie użycie" className={`${tdClass} whitespace-nowrap text-sm`}>
            {k.lastUsedAt ? formatDateTime(k.lastUsedAt) : "—"}
          </td>
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
    </ConsoleTable>
  );
}
