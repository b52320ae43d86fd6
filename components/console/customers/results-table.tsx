import Link from "next/link";
import { CardCells, tdClass } from "@/components/billing/card-table";
import { CardsOrTable, consoleListCardClass, ConsoleTable, consoleRowClass } from "@/components/console/console-table";
import { formatDateTime } from "@/lib/format";
import { accountStateLabel, identifierLabels, type CustomerHit } from "@/lib/staff/customers";
import { tenantById } from "@/lib/tenant/registry";

export const customerHref = (tenantId: string, customerId: string) => `/konsola/klienci/${tenantId}/${encodeURIComponent(customerId)}`;

const stateOf = (hit: CustomerHit) => accountStateLabel(hit.account?.state ?? "none", hit.account?.lockedAt ?? null, formatDateTime);
const tenantName = (id: string) => tenantById(id)?.names.product ?? id;

function TaxId({ hit }: { hit: CustomerHit }) {
  if (!hit.maskedTaxId) return <>—</>;
  return (
    <>
      <span className="text-sm text-ink-muted">{hit.taxIdKind}</span> <span className="font-mono">{hit.maskedTaxId}</span>
    </>
  );
}

/**
 * Search hits; PESEL and NIP show only their last four digits here. A table from tablet width up,
 * a card per customer on a phone.
 */
export function CustomerResultsTable({ hits }: { hits: CustomerHit[] }) {
  return (
    <CardsOrTable
      label="Wyniki wyszukiwania"
      table={<WideTable hits={hits} />}
      cards={hits.map((hit) => (
        <li key={`${hit.tenantId}/${hit.customerId}`} className={consoleListCardClass} data-testid="customer-card">
          <Link href={customerHref(hit.tenantId, hit.customerId)} className="font-semibold underline underline-offset-2">
            {hit.name}
          </Link>
          <dl className="mt-2 grid grid-cols-[7rem_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="text-ink-muted">Sprzedawca</dt>
            <dd>{tenantName(hit.tenantId)}</dd>
            <dt className="text-ink-muted">Numer klienta</dt>
            <dd>{hit.customerNumber ?? "—"}</dd>
            <dt className="text-ink-muted">PESEL / NIP</dt>
            <dd>
              <TaxId hit={hit} />
            </dd>
            <dt className="text-ink-muted">Login</dt>
            <dd className="wrap-anywhere">{hit.account?.login ?? "—"}</dd>
            <dt className="text-ink-muted">Stan konta</dt>
            <dd>{stateOf(hit)}</dd>
            <dt className="text-ink-muted">Znaleziono po</dt>
            <dd>{hit.matchedBy.map((k) => identifierLabels[k]).join(", ")}</dd>
          </dl>
        </li>
      ))}
    />
  );
}

const resultColumns = ["Klient", "Sprzedawca", "Numer klienta", "PESEL / NIP", "Login", "Stan konta", "Znaleziono po"];

function WideTable({ hits }: { hits: CustomerHit[] }) {
  return (
    <ConsoleTable caption="Wyniki wyszukiwania klientów" columns={resultColumns} testId="customer-results">
      {hits.map((hit) => (
        <tr key={`${hit.tenantId}/${hit.customerId}`} className={consoleRowClass} data-testid="customer-row">
          <td data-label="Klient" className={tdClass}>
            <Link href={customerHref(hit.tenantId, hit.customerId)} className="font-semibold underline underline-offset-2">
              {hit.name}
            </Link>
          </td>
          <CardCells
            cells={[
              { label: "Sprzedawca", content: tenantName(hit.tenantId) },
              { label: "Numer klienta", className: "whitespace-nowrap", content: hit.customerNumber ?? "—" },
              { label: "PESEL / NIP", className: "whitespace-nowrap", content: <TaxId hit={hit} /> },
              { label: "Login", className: "wrap-anywhere", content: hit.account?.login ?? "—" },
              { label: "Stan konta", content: stateOf(hit) },
              { label: "Znaleziono po", className: "text-sm", content: hit.matchedBy.map((k) => identifierLabels[k]).join(", ") },
            ]}
          />
        </tr>
      ))}
    </ConsoleTable>
  );
}
