import type { ReactNode } from "react";
import { CardSection } from "@/components/card-section";
import { tdClass } from "@/components/billing/card-table";
import { ConsoleTable, consoleRowClass } from "@/components/console/console-table";
import type { Customer } from "@/db/schema";
import { describeBalance } from "@/lib/billing/balance";
import { formatAddress, formatAmount, formatDate, formatDateTime } from "@/lib/format";
import { auditActionLabel } from "@/lib/staff/audit-labels";
import { formatPhone } from "@/lib/validation/phone";
import { contractStatusLabels, pointKindNames, type ConsoleContract, type SignInEvent } from "@/lib/staff/customer-detail";

/** The read-only parts of the console's customer page. */

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <CardSection id={id} title={title} className="min-w-0 shadow-sm" headingClassName="text-lg font-semibold">
      {children}
    </CardSection>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-sm font-semibold text-ink-muted">{label}</dt>
      <dd className="mb-2 wrap-anywhere sm:mb-0">{children}</dd>
    </>
  );
}

export function CustomerData({ customer }: { customer: Customer }) {
  return (
    <Section id="dane" title="Dane klienta">
      <dl className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-[12rem_1fr] sm:gap-y-2">
        <Row label="Rodzaj">{customer.kind === "individual" ? "Klient indywidualny" : "Klient biznesowy"}</Row>
        {customer.pesel ? <Row label="PESEL">{customer.pesel}</Row> : null}
        {customer.nip ? <Row label="NIP">{customer.nip}</Row> : null}
        <Row label="Numer klienta">{customer.customerNumber ?? "—"}</Row>
        <Row label="Identyfikator w CRM">{customer.id}</Row>
        <Row label="E-mail">{customer.email ?? "—"}</Row>
        <Row label="Telefon">{customer.phone ? formatPhone(customer.phone) : "—"}</Row>
        <Row label="Adres">{formatAddress(customer.address)}</Row>
        <Row label="Adres korespondencyjny">{customer.correspondenceAddress ? formatAddress(customer.correspondenceAddress) : "taki sam jak adres"}</Row>
      </dl>
    </Section>
  );
}

export function BalanceSection({ grosze, asOf }: { grosze: number; asOf: Date }) {
  const view = describeBalance(grosze);
  return (
    <Section id="saldo" title="Saldo">
      <p className="mt-2 text-xl" data-testid="customer-balance">
        {view.kind === "zero" ? (
          view.label
        ) : (
          <>
            {view.label} <strong className="tabular-nums">{formatAmount(view.grosze)}</strong>
          </>
        )}
      </p>
      <p className="mt-1 text-sm text-ink-muted">Stan na {formatDate(asOf)}: faktury i noty minus wpłaty (tylko do wglądu).</p>
    </Section>
  );
}

const roleLabels: Record<ConsoleContract["role"], string> = { holder: "właściciel", payer: "płatnik", both: "właściciel i płatnik" };
const optionalDate = (d: string | null) => (d ? formatDate(d) : "—");

export function ContractsSection({ contracts }: { contracts: ConsoleContract[] }) {
  return (
    <Section id="umowy" title="Umowy">
      {contracts.length === 0 ? (
        <p className="mt-2">Klient nie ma umów.</p>
      ) : (
        <ConsoleTable caption="Umowy klienta" columns={["Numer", "Produkt i status", "Podpisana", "Obowiązuje", "Punkty"]} testId="customer-contracts">
          {contracts.map((c) => (
            <tr key={c.id} className={consoleRowClass}>
              <td data-label="Numer" className={`${tdClass} wrap-anywhere`}>
                <span className="font-semibold">{c.number}</span>
                <span className="block text-sm text-ink-muted">klient jako {roleLabels[c.role]}</span>
              </td>
              <td data-label="Produkt i status" className={tdClass}>
                {c.product ?? "—"}
                <span className="block text-sm">{contractStatusLabels[c.status]}</span>
              </td>
              <td data-label="Podpisana" className={`${tdClass} whitespace-nowrap`}>
                {optionalDate(c.signedAt)}
              </td>
              <td data-label="Obowiązuje" className={`${tdClass} lg:whitespace-nowrap`}>
                {optionalDate(c.startDate)} – {c.endDate ? formatDate(c.endDate) : "bezterminowo"}
              </td>
              <td data-label="Punkty" className={tdClass}>
                {c.points.length === 0 ? (
                  "—"
                ) : (
                  <ul>
                    {c.points.map((p) => (
                      <li key={p.id} className="wrap-anywhere">
                        {p.code}{" "}
                        <span className="text-sm text-ink-muted">
                          ({pointKindNames[p.kind]}
                          {p.tariff ? `, taryfa ${p.tariff}` : ""})
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </ConsoleTable>
      )}
    </Section>
  );
}

const signInDetailLabels: Record<string, string> = {
  password: "hasłem",
  "one-time-password": "hasłem jednorazowym",
  "wrong-password": "błędne hasło",
  locked: "konto zablokowane",
  "not-active": "konto nieaktywne",
};

export function SignInsSection({ events, loginOf }: { events: SignInEvent[]; loginOf: (accountId: string | null) => string }) {
  return (
    <Section id="logowania" title="Ostatnie logowania">
      {events.length === 0 ? (
        <p className="mt-2">Brak zapisanych logowań.</p>
      ) : (
        <ConsoleTable caption="Ostatnie logowania i blokady konta" columns={["Kiedy", "Zdarzenie", "Konto", "Adres IP"]} testId="sign-ins">
          {events.map((e) => (
            <tr key={e.id} className={consoleRowClass}>
              <td data-label="Kiedy" className={`${tdClass} whitespace-nowrap`}>
                {formatDateTime(e.at)}
              </td>
              <td data-label="Zdarzenie" className={tdClass}>
                {auditActionLabel(e.action)}
                {e.detail ? <span className="block text-sm text-ink-muted">{signInDetailLabels[e.detail] ?? e.detail}</span> : null}
              </td>
              <td data-label="Konto" className={`${tdClass} wrap-anywhere`}>
                {loginOf(e.accountId)}
              </td>
              <td data-label="Adres IP" className={`${tdClass} whitespace-nowrap`}>
                {e.ip ?? "—"}
              </td>
            </tr>
          ))}
        </ConsoleTable>
      )}
    </Section>
  );
}
