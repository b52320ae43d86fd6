import Link from "next/link";
import type { TicketGlance } from "@/lib/dashboard/tickets";
import { ticketStatusLabels, type TicketWords } from "@/lib/tickets/labels";
import { Tile } from "./tile";

/** "Otwarte zgłoszenia" (MPEC: "sprawy"): counts, the newest few, and a way to write a new one. */
export function TicketsTile({ glance, words, href }: { glance: TicketGlance; words: TicketWords & { openTitle: string }; href: string | null }) {
  const links = href
    ? [
        { href: `${href}/nowe`, label: words.newTicket },
        { href, label: words.list },
      ]
    : [];
  return (
    <Tile id="tickets" title={words.openTitle} links={links}>
      <dl className="grid grid-cols-2 gap-3">
        <div className="flex flex-col justify-between">
          <dt className="text-sm text-ink-muted">Otwarte</dt>
          <dd className="text-2xl font-bold" data-testid="tickets-open">
            {glance.open}
          </dd>
        </div>
        <div className="flex flex-col justify-between">
          <dt className="text-sm text-ink-muted">Nieprzeczytane odpowiedzi</dt>
          <dd className="text-2xl font-bold" data-testid="tickets-unread">
            {glance.unread}
          </dd>
        </div>
      </dl>
      {glance.newest.length === 0 ? (
        <p className="mt-3 text-ink-muted">{words.empty}</p>
      ) : (
        <ul className="mt-3 divide-y divide-line">
          {glance.newest.map((ticket) => (
            <li key={ticket.id} className="flex flex-wrap items-baseline justify-between gap-x-3 py-2" data-testid="tickets-newest">
              {href ? (
                <Link href={`${href}/${ticket.id}`} className="min-w-0 break-words text-brand underline underline-offset-4 hover:no-underline">
                  {ticket.subject}
                </Link>
              ) : (
                <span className="min-w-0 break-words">{ticket.subject}</span>
              )}
              <span className="text-sm text-ink-muted">
                {ticket.number} · {ticketStatusLabels[ticket.status]}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Tile>
  );
}
