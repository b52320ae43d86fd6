import type { Metadata } from "next";
import Link from "next/link";
import { requireCustomer } from "@/lib/auth/customer";
import { PAYMENT_MODULES } from "@/lib/portal/modules";
import { now } from "@/lib/clock";
import { formatAmount, formatDate, warsawDate } from "@/lib/format";
import { requireGateway } from "@/lib/payments/access";
import { selectionFromSearchParams } from "@/lib/payments/pay-form";
import { quotePayment } from "@/lib/payments/quote";
import { Breakable, CardCells, cardTableClass, CardTableHead, TableFrame } from "@/components/billing/card-table";
import { documentHref } from "@/components/billing/document-table";
import { PayForm } from "@/components/payments/pay-form";
import { payAction } from "./pay-action";
import { billingHome } from "@/components/payments/back-link";
import { ROLES } from "@/lib/auth/customer-scope";

export const metadata: Metadata = { title: "Płatność online" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The confirmation before the gateway: what is paid and how much, computed on the server. */
export default async function PayPage({ searchParams }: Props) {
  const { scope } = await requireCustomer({ module: PAYMENT_MODULES, roles: ROLES.payments });
  const { tenant } = scope;
  const gateway = requireGateway(tenant);
  const home = billingHome(tenant);
  const selection = selectionFromSearchParams(await searchParams);
  const quote = selection ? await quotePayment(scope, selection, warsawDate(now())) : null;
  // "Zapłać wszystko" pays the balance, which can exceed the open documents (a refund paid out).
  const unassigned = quote?.ok ? quote.amount - quote.lines.reduce((sum, l) => sum + l.amount, 0) : 0;
  return (
    <>
      <p>
        <Link href={home.href}>← {home.label}</Link>
      </p>
      <h1 className="mt-3 text-2xl font-bold tracking-tight sm:text-3xl">Płatność online</h1>
      {!quote || !quote.ok ? (
        <p className="mt-6 rounded-lg border border-line bg-white p-5" data-testid="nothing-to-pay">
          {selection ? "Wybrane dokumenty nie wymagają zapłaty." : "Nie wybrano dokumentów do zapłaty."} <Link href={home.href}>Wróć do listy dokumentów</Link>.
        </p>
      ) : (
        <section className="mt-6 rounded-lg border border-line bg-white p-5 shadow-xs sm:p-6" aria-labelledby="pay-title">
          <h2 id="pay-title" className="text-lg font-semibold">
            {selection?.kind === "all" ? "Zapłać całe saldo" : quote.lines.length === 1 ? "Zapłać dokument" : "Zapłać wybrane dokumenty"}
          </h2>
          {quote.lines.length > 0 ? (
            <TableFrame>
              <table className={cardTableClass} data-testid="pay-lines">
                <caption className="sr-only">Opłacane dokumenty</caption>
                <CardTableHead columns={[{ title: "Dokument" }, { title: "Termin płatności" }, { title: "Kwota", right: true }]} />
                <tbody>
                  {quote.lines.map((line) => (
                    <tr key={line.invoiceId} className="border-b border-line last:border-b-0" data-testid="pay-line">
                      <CardCells
                        cells={[
                          { label: "Dokument", content: <PayLineLink id={line.invoiceId} number={line.number} /> },
                          { label: "Termin płatności", className: "whitespace-nowrap", content: formatDate(line.dueDate) },
                          { label: "Kwota", className: "whitespace-nowrap lg:text-right", content: formatAmount(line.amount) },
                        ]}
                      />
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableFrame>
          ) : null}
          {unassigned > 0 ? (
            <p className="mt-4 text-sm" data-testid="pay-unassigned">
              Pozostała część salda, niezwiązana z dokumentem: {formatAmount(unassigned)}
            </p>
          ) : null}
          <p className="mt-5 text-xl font-bold" data-testid="pay-amount">
            Kwota do zapłaty: {formatAmount(quote.amount)}
          </p>
          <PayForm
            action={payAction}
            scope={selection!.kind}
            documents={selection!.kind === "documents" ? quote.lines.map((l) => l.invoiceId) : []}
            amount={quote.amount}
            gatewayLabel={gateway.label}
          />
        </section>
      )}
    </>
  );
}

function PayLineLink({ id, number }: { id: string; number: string }) {
  return (
    <Link href={documentHref(id)} className="font-semibold">
      <Breakable text={number} />
    </Link>
  );
}
