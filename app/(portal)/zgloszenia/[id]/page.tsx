import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { requireCustomer } from "@/lib/auth/customer";
import { getTenant } from "@/lib/tenant/server";
import { formatDate } from "@/lib/format";
import { categoryLabel, ticketStatusLabels, ticketWords } from "@/lib/tickets/labels";
import { markThreadRead, ticketThread } from "@/lib/tickets/queries";
import { decodeFlash, FLASH_COOKIE } from "@/lib/tickets/flash";
import { TicketsSubnav } from "@/components/tickets/tickets-subnav";
import { MessageList } from "@/components/tickets/message-list";
import { ReplyForm } from "@/components/tickets/reply-form";
import { Facts, type Fact } from "@/components/facts";
import { ROLES } from "@/lib/auth/customer-scope";

export async function generateMetadata(): Promise<Metadata> {
  return { title: ticketWords(await getTenant()).one };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * One ticket's thread. Someone else's (or another tenant's) ticket is a 404. Opening it marks the
 * office's replies read, which clears "Nieprzeczytane" in the list.
 */
export default async function TicketThreadPage({ params, searchParams }: Props) {
  const { scope } = await requireCustomer({ module: "tickets", roles: ROLES.full });
  const { tenant } = scope;
  const { id } = await params;
  const query = await searchParams;
  const thread = await ticketThread(scope, id);
  if (!thread) notFound();
  await markThreadRead(scope, id);
  const { ticket, messages } = thread;
  const words = ticketWords(tenant);
  const state = decodeFlash((await cookies()).get(FLASH_COOKIE)?.value, ticket.id);
  const notice = query.wyslano ? words.sent : query.odpowiedziano ? "Odpowiedź została wysłana." : null;
  const due = ticket.answerDueAt ? `Reklamacja — odpowiemy najpóźniej ${formatDate(ticket.answerDueAt)} (14 dni od jej otrzymania)` : null;
  const facts: Fact[] = [
    [
      "Numer",
      <span key="number" className="font-semibold" data-testid="ticket-number">
        {ticket.number}
      </span>,
    ],
    [
      "Status",
      <span key="status" className="font-medium" data-testid="ticket-status">
        {ticketStatusLabels[ticket.status]}
      </span>,
    ],
    [words.typeColumn, categoryLabel(tenant, ticket.category)],
    ["Data wysłania", formatDate(ticket.createdAt)],
    ...(due
      ? [
          [
            "Termin odpowiedzi",
            <span key="due" data-testid="answer-due">
              {due}
            </span>,
          ] satisfies Fact,
        ]
      : []),
  ];
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{words.module}</h1>
      <TicketsSubnav words={words} />
      {notice ? (
        <p role="status" className="mb-4 rounded-md border border-success bg-white p-3 font-medium text-success">
          {notice}
        </p>
      ) : null}
      <h2 className="text-xl font-semibold break-words" data-testid="ticket-subject">
        {ticket.subject}
      </h2>
      <Facts facts={facts} className="mt-3 mb-6 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm sm:gap-x-6" valueClassName="" />
      <MessageList ticketId={ticket.id} messages={messages} officeName={tenant.names.short} />
      <h2 id="odpowiedz" className="mt-8 mb-3 text-xl font-semibold">
        Odpowiedz
      </h2>
      {ticket.status === "closed" ? <p className="mb-3 text-sm text-ink-muted">{words.closedNote}</p> : null}
      <ReplyForm ticketId={ticket.id} state={state} />
    </>
  );
}
