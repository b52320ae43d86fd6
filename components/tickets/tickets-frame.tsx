import type { ReactNode } from "react";
import type { TicketWords } from "@/lib/tickets/labels";
import { TicketsSubnav } from "@/components/tickets/tickets-subnav";
import type { TicketsListView } from "@/lib/tickets/list-page";

/** The frame of the module's list views (document 004): the module's name, its sub-views, the view's own heading. */
export function TicketsFrame({ words, view, children }: { words: TicketWords; view: TicketsListView; children: ReactNode }) {
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{words.module}</h1>
      <TicketsSubnav words={words} current={view} />
      <h2 className="mb-3 text-xl font-semibold">{words[view]}</h2>
      {children}
    </>
  );
}
