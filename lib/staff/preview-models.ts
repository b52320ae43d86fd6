import { allocate } from "@/lib/billing/allocation";
import { DASHBOARD_POINTS, type PointGlance } from "@/lib/dashboard/consumption";
import { summarizeOpen, type NextPayment } from "@/lib/dashboard/payment-summary";
import type { TicketGlance } from "@/lib/dashboard/tickets";
import type { EmailTemplate } from "@/emails";
import type { Tenant } from "@/lib/tenant/schema";
import { formatTicketNumber } from "@/lib/tickets/number";
import { compareConsumption, shiftYears } from "@/lib/pdf/consumption";
import type { InvoicePdfData } from "@/lib/pdf/invoice-data";
import { changePercent, unitOfKind } from "@/lib/points/consumption";
import { lastTwelveMonths, yearBefore } from "@/lib/points/months";
import { addressRow } from "@/lib/import/columns";
import type { DemoWorld } from "./preview";

/**
 * What each previewed screen shows, computed from a demo world with the same rules as the portal's
 * own queries (lib/billing's allocation, the Pulpit's "last full month", the PDF's year-on-year
 * comparison) — so the preview looks like the real screen with data, not like an empty one.
 */

export type PreviewDashboard = {
  customerName: string;
  login: string;
  today: string;
  /** Grosze: positive due, negative overpaid. */
  balance: number;
  payment: NextPayment | null;
  points: PointGlance[];
  tickets: TicketGlance;
};

/** A made-up login for the header's screen-reader text: the customer number where it is the login. */
const demoLogin = (world: DemoWorld) => world.customer.customerNumber ?? `demo.${world.tenant.id}`;

/** A ticket thread belongs to no generator; these two are written here and never stored. */
const demoTickets = (tenant: Tenant): TicketGlance => ({
  open: 1,
  unread: 1,
  newest: [
    { id: "podglad-2", number: formatTicketNumber(tenant.ticketNumberPrefix, 2026, 2), subject: demoTicketSubject, status: "answered" },
    { id: "podglad-1", number: formatTicketNumber(tenant.ticketNumberPrefix, 2026, 1), subject: "Zmiana adresu korespondencyjnego", status: "closed" },
  ],
});
const demoTicketSubject = "Pytanie o rozliczenie za ostatni miesiąc";

function nextPayment(world: DemoWorld): NextPayment | null {
  const documents = world.invoices.map(({ invoice }) => ({
    id: invoice.id,
    kind: invoice.kind,
    correctsId: invoice.correctsId,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    gross: invoice.gross,
  }));
  const allocation = allocate(
    documents,
    world.payments.map((p) => ({ id: p.id, invoiceId: p.invoice, amount: p.amount })),
    world.today,
  );
  return summarizeOpen(
    world.invoices.map(({ invoice }) => ({ id: invoice.id, number: invoice.number, dueDate: invoice.dueDate, ...allocation.get(invoice.id)! })),
  );
}

function pointsAtGlance(world: DemoWorld, at: Date): PointGlance[] {
  const month = lastTwelveMonths(at).at(-1)!;
  const quantityIn = (pointId: string, m: string) => world.consumption.find((c) => c.point === pointId && c.periodFrom.startsWith(`${m}-`))?.quantity ?? null;
  return world.points.slice(0, DASHBOARD_POINTS).map((point) => {
    const current = quantityIn(point.id, month);
    return {
      id: point.id,
      code: point.code,
      kind: point.kind,
      unit: unitOfKind[point.kind],
      month,
      quantity: current,
      changePercent: changePercent(current, quantityIn(point.id, yearBefore(month))),
    };
  });
}

export function previewDashboard(world: DemoWorld, at: Date): PreviewDashboard {
  const charged = world.invoices.filter(({ invoice }) => invoice.issueDate <= world.today).reduce((sum, { invoice }) => sum + invoice.gross, 0);
  const paid = world.payments.filter((p) => p.date <= world.today).reduce((sum, p) => sum + p.amount, 0);
  return {
    customerName: world.customer.name,
    login: demoLogin(world),
    today: world.today,
    balance: charged - paid,
    payment: nextPayment(world),
    points: pointsAtGlance(world, at),
    tickets: demoTickets(world.tenant),
  };
}

/** The newest invoice with a billing period, exactly as lib/pdf would load it from the database. */
export function previewInvoice(world: DemoWorld): InvoicePdfData {
  const newest = world.invoices.filter(({ invoice }) => invoice.kind === "invoice" && invoice.periodFrom && invoice.periodTo).at(-1);
  if (!newest) throw new Error(`the demo customer of ${world.tenant.id} has no invoice`);
  const { invoice, lines } = newest;
  const named = new Set(lines.map((l) => l.pointId).filter((id): id is string => id !== null));
  const billed = world.points.filter((p) => (named.size > 0 ? named.has(p.id) : p.contract === invoice.contractId)).map((p) => p.id);
  const lastFrom = shiftYears(invoice.periodFrom!, -1);
  const rows = world.consumption.filter((c) => billed.includes(c.point) && c.periodFrom >= lastFrom);
  const points = new Map(
    world.points
      .filter((p) => named.has(p.id))
      .map((p) => [p.id, { id: p.id, code: p.code, address: addressRow(p.address), meterNumber: p.meterNumber, tariff: p.tariff }]),
  );
  return {
    invoice,
    lines,
    payer: world.customer,
    buyer: null,
    points,
    interestInvoice: null,
    correctedNumber: null,
    consumption: compareConsumption(rows, invoice.periodFrom!, invoice.periodTo!),
  };
}

/** The e-mail the preview renders: a reply to a ticket, the message customers get most often. */
export const previewEmailTemplate = (tenant: Tenant): EmailTemplate => ({
  name: "ticket-replied",
  props: { ticketNumber: formatTicketNumber(tenant.ticketNumberPrefix, 2026, 2), ticketSubject: demoTicketSubject, path: "/zgloszenia" },
});
