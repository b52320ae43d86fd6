import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireCustomer } from "@/lib/auth/customer";
import { DOCUMENT_MODULES, moduleRoutes, routeParam } from "@/lib/portal/modules";
import { requireBillingModule } from "@/lib/billing/access";
import { documentDetail } from "@/lib/billing/detail";
import { kindLabels } from "@/lib/billing/labels";
import { now } from "@/lib/clock";
import { formatAmount, formatDate, warsawDate } from "@/lib/format";
import { StatusBadge } from "@/components/billing/status-badge";
import { documentHref, pdfHref } from "@/components/billing/document-table";
import { DocumentLines } from "@/components/billing/document-lines";
import { DocumentParties, DocumentSeller } from "@/components/billing/document-parties";
import { DocumentMeters } from "@/components/billing/document-meters";
import { DocumentCorrection } from "@/components/billing/document-correction";
import { DocumentExplanation } from "@/components/billing/document-explanation";
import { DocumentVatSummary } from "@/components/billing/document-vat-summary";
import { meterRows, ratePercentText } from "@/lib/billing/invoice-details";
import { amountInWords } from "@/lib/pdf/amount-in-words";
import { canPayOnline } from "@/lib/payments/access";
import { payHref } from "@/lib/payments/links";
import { DocumentTransfer } from "@/components/payments/document-transfer";
import { Facts, type Fact } from "@/components/facts";
import { ROLES } from "@/lib/auth/customer-scope";

export const metadata: Metadata = { title: "Dokument" };

type Props = { params: Promise<{ id: string }> };

/** A fact naming another document of the customer (the corrected invoice, the late one), linked to its page. */
const documentFact = (label: string, target: { id: string; number: string }): Fact => [
  label,
  <Link key={label} href={documentHref(target.id)}>
    {target.number}
  </Link>,
];

/** One document (docs/portal.md §3): another customer's or another tenant's id is a 404, never a 403 (S13, S14). */
export default async function DocumentPage({ params }: Props) {
  const { scope } = await requireCustomer({ module: DOCUMENT_MODULES, roles: ROLES.view });
  const { tenant } = scope;
  const home = requireBillingModule(tenant, ["invoices", "documents", "payments"]);
  const { id } = await params;
  const today = warsawDate(now());
  const doc = await documentDetail(scope, routeParam(id), today);
  if (!doc) notFound();
  const facts: Fact[] = [
    ["Rodzaj", kindLabels[doc.kind]],
    ["Data wystawienia", formatDate(doc.issueDate)],
    ["Termin płatności", formatDate(doc.dueDate)],
    ["Okres rozliczeniowy", doc.periodFrom && doc.periodTo ? `${formatDate(doc.periodFrom)} – ${formatDate(doc.periodTo)}` : "—"],
    ["Umowa", doc.contractNumber ?? "—"],
    ["Kwota netto", formatAmount(doc.net)],
    ["VAT", formatAmount(doc.vat)],
    ["Kwota brutto", formatAmount(doc.gross)],
    ["Słownie", amountInWords(Math.abs(doc.gross))],
  ];
  if (doc.ksefNumber) facts.push(["Numer KSeF", doc.ksefNumber]);
  if (doc.corrected) facts.push(documentFact("Koryguje", doc.corrected));
  if (doc.interestInvoice) facts.push(documentFact("Faktura po terminie", doc.interestInvoice));
  if (doc.interestDaysLate !== null) facts.push(["Dni opóźnienia", String(doc.interestDaysLate)]);
  if (doc.interestRatePercent !== null) facts.push(["Stopa odsetek", ratePercentText(doc.interestRatePercent)]);
  if (doc.gross > 0) facts.push(["Zapłacono", formatAmount(doc.paid)], ["Pozostało do zapłaty", formatAmount(doc.remaining)]);
  return (
    <>
      <p>
        <Link href={moduleRoutes[home.module]}>← {home.label}</Link>
      </p>
      <h1 className="mt-3 text-2xl font-bold tracking-tight break-words sm:text-3xl">
        {kindLabels[doc.kind]} nr {doc.number}
      </h1>
      <DocumentSeller tenant={tenant} />
      <div className="mt-3 flex flex-wrap items-center gap-4">
        <StatusBadge status={doc.status} gross={doc.gross} remaining={doc.remaining} online={doc.online} />
        {doc.gross > 0 && doc.remaining > 0 && canPayOnline(scope) ? (
          <Link
            href={payHref([doc.id])}
            className="inline-flex min-h-11 items-center rounded-md bg-brand px-5 py-2 font-semibold text-brand-contrast no-underline hover:opacity-90"
            data-testid="pay-document"
          >
            Zapłać {formatAmount(doc.remaining)}
          </Link>
        ) : null}
        <a
          href={pdfHref(doc.id)}
          className="inline-flex min-h-11 items-center rounded-md bg-brand px-5 py-2 font-semibold text-brand-contrast no-underline hover:opacity-90"
        >
          Pobierz PDF<span className="sr-only"> dokumentu {doc.number}</span>
        </a>
      </div>
      <section className="mt-6 rounded-lg border border-line bg-white p-5 shadow-xs sm:p-6" aria-labelledby="facts-title">
        <h2 id="facts-title" className="text-lg font-semibold">
          Dane dokumentu
        </h2>
        <Facts
          facts={facts}
          className="mt-3 grid grid-cols-[max-content_minmax(0,1fr)] items-baseline gap-x-4 gap-y-2 sm:gap-x-6"
          valueClassName="min-w-0 wrap-anywhere"
          testId="document-facts"
        />
      </section>
      <DocumentExplanation paragraphs={doc.explanation} />
      <DocumentTransfer scope={scope} document={doc} />
      <DocumentParties buyer={doc.buyer} payer={doc.payer} />
      <DocumentMeters rows={meterRows(doc.lines, doc.points)} />
      <DocumentCorrection doc={doc} />
      <DocumentLines lines={doc.lines} />
      <DocumentVatSummary lines={doc.lines} />
      <section className="mt-6" aria-labelledby="doc-payments-title">
        <h2 id="doc-payments-title" className="text-lg font-semibold">
          Wpłaty do tego dokumentu
        </h2>
        {doc.payments.length === 0 ? (
          <p className="mt-2 text-ink-muted">
            Brak wpłat wskazujących ten dokument{doc.paid > 0 ? " — zapłacono go wpłatami rozliczonymi na najstarsze należności" : ""}.
          </p>
        ) : (
          <ul className="mt-2 grid gap-1" data-testid="document-payments">
            {doc.payments.map((payment) => (
              <li key={payment.id}>
                {formatDate(payment.date)} — {formatAmount(payment.amount)}
                {payment.method ? ` (${payment.method})` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
