import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { now } from "@/lib/clock";
import { formatDate } from "@/lib/format";
import { requireStaff } from "@/lib/staff/session";
import { auditStaffAction } from "@/lib/staff/common";
import { tenantInScope } from "@/lib/staff/scope";
import { ageText } from "@/lib/staff/ticket-queue-params";
import { markCustomerMessagesRead, staffTicketThread } from "@/lib/staff/tickets";
import { categoryLabel, ticketStatusLabels } from "@/lib/tickets/labels";
import { decodeFlash } from "@/lib/tickets/flash";
import { CONSOLE_FLASH_COOKIE } from "@/components/console/tickets/flash";
import { ConsoleThread } from "@/components/console/tickets/thread";
import { ConsoleReplyForm } from "@/components/console/tickets/reply-form";
import { NoteForm } from "@/components/console/tickets/note-form";
import { StatusForm } from "@/components/console/tickets/status-form";
import { DueLabel } from "@/components/console/tickets/due-label";
import { addNoteAction, changeStatusAction } from "./actions";

export const metadata: Metadata = { title: "Zgłoszenie" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * One ticket for the office: the thread with internal notes, the reply, a note, the status. A ticket
 * that does not exist or whose tenant is out of scope is a 404. Opening it marks the customer's
 * messages read by the office (the queue's unread count).
 */
export default async function ConsoleTicketPage({ params, searchParams }: Props) {
  const scope = await requireStaff();
  const { id } = await params;
  const thread = await staffTicketThread(scope, id);
  if (!thread) notFound();
  const { ticket, customer, account } = thread;
  const tenant = tenantInScope(scope, ticket.tenantId);
  await markCustomerMessagesRead(scope, ticket.id);
  // Reading a customer's case is a staff action too (S23): who opened which ticket, from where.
  await auditStaffAction(scope, "ticket.viewed", { tenantId: ticket.tenantId, kind: "ticket", id: ticket.id });
  const state = decodeFlash((await cookies()).get(CONSOLE_FLASH_COOKIE)?.value, ticket.id);
  const replied = Boolean((await searchParams).odpowiedziano);
  const at = now();
  const canEmail = account?.status === "active";
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/konsola/zgloszenia" className="font-medium underline underline-offset-2">
          ‹ Kolejka zgłoszeń
        </Link>
      </p>
      <h1 className="text-2xl font-bold tracking-tight break-words" data-testid="console-ticket-subject">
        {ticket.subject}
      </h1>
      <dl className="mt-3 mb-6 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 rounded-lg border border-line bg-white p-4 text-sm sm:grid-cols-[max-content_1fr_max-content_1fr] sm:gap-x-6">
        <dt className="text-ink-muted">Numer</dt>
        <dd className="font-semibold" data-testid="console-ticket-number">
          {ticket.number}
        </dd>
        <dt className="text-ink-muted">Sprzedawca</dt>
        <dd>{tenant.names.short}</dd>
        <dt className="text-ink-muted">Status</dt>
        <dd className="font-semibold" data-testid="console-ticket-status">
          {ticketStatusLabels[ticket.status]}
        </dd>
        <dt className="text-ink-muted">Kategoria</dt>
        <dd>{categoryLabel(tenant, ticket.category)}</dd>
        <dt className="text-ink-muted">Utworzono</dt>
        <dd>
          {formatDate(ticket.createdAt)} ({ageText(ticket.createdAt, at)})
        </dd>
        <dt className="text-ink-muted">Klient</dt>
        <dd className="break-words">{customer ? `${customer.name}${customer.customerNumber ? `, nr ${customer.customerNumber}` : ""}` : ticket.customerId}</dd>
        <dt className="text-ink-muted">Konto w portalu</dt>
        <dd className="break-all">{account ? `${account.login} · ${account.email}${canEmail ? "" : " (nieaktywne)"}` : "brak konta"}</dd>
        <dt className="text-ink-muted">Termin odpowiedzi</dt>
        <dd>
          <DueLabel answerDueAt={ticket.answerDueAt} status={ticket.status} at={at} />
        </dd>
      </dl>

      <h2 className="mb-3 text-xl font-semibold">Wątek</h2>
      <ConsoleThread thread={thread} />

      <h2 id="odpowiedz" className="mt-8 mb-3 text-xl font-semibold">
        Odpowiedz klientowi
      </h2>
      {replied && state.status === "idle" ? (
        <p role="status" className="mb-4 rounded-md border border-success bg-white p-3 font-medium text-success">
          Odpowiedź została wysłana{canEmail ? ", klient dostał powiadomienie e-mailem" : ""}.
        </p>
      ) : null}
      <ConsoleReplyForm ticketId={ticket.id} state={state} hasAccount={canEmail} />

      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="notatka-naglowek">
          <h2 id="notatka-naglowek" className="mb-3 text-xl font-semibold">
            Notatka wewnętrzna
          </h2>
          <NoteForm action={addNoteAction} ticketId={ticket.id} />
        </section>
        <section aria-labelledby="status-naglowek">
          <h2 id="status-naglowek" className="mb-3 text-xl font-semibold">
            Zmiana statusu
          </h2>
          <StatusForm action={changeStatusAction} ticketId={ticket.id} status={ticket.status} />
        </section>
      </div>
    </>
  );
}
