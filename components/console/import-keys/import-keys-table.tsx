import Link from "next/link";
import { ScrollRegion, tdClass, thClass } from "@/components/billing/scroll-region";
import { formatDateTime } from "@/lib/format";
import type { ImportKeyRow } from "@/lib/staff/import-keys-admin";
import { scopeLabels } from "@/lib/import-key-scope";

/** One tenant's keys; the key itself is never shown again, only its name and dates. */
export function ImportKeysTable({ tenantName, keys }: { tenantName: string; keys: ImportKeyRow[] }) {
  if (!keys.length) return <p className="mt-3 text-sm text-ink-muted">Brak kluczy. Bez klucza system CRM nie może przesyłać danych.</p>;
  return (
    <ScrollRegion label={`Klucze importu ${tenantName}`}>
      <table className="w-full min-w-[56rem] border-collapse text-left">
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
              <td className={`${tdClass} font-semibold wrap-anywhere`}>{k.label}</td>
              <td className={`${tdClass} whitespace-nowrap text-sm`} data-testid="import-key-scope">
                {scopeLabels[k.scope]}
              </td>
              <td className={`${tdClass} text-sm`}>
                {formatDateTime(k.createdAt)}
                {k.createdByEmail ? (
                  <>
                    <br />
                    <span className="text-ink-muted wrap-anywhere">{k.createdByEmail}</span>
                  </>
                ) : null}
              </td>
              <td className={`${tdClass} whitespace-nowrap text-sm`}>{k.lastUsedAt ? formatDateTime(k.lastUsedAt) : "—"}</td>
              <td className={`${tdClass} text-sm`} data-testid="import-key-state">
                {k.revokedAt ? `Unieważniony ${formatDateTime(k.revokedAt)}` : "Aktywny"}
              </td>
              <td className={`${tdClass} text-right`}>
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
    </ScrollRegion>
  );
}
