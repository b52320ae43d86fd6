import type { Metadata } from "next";
import type { SearchParams } from "@/lib/tickets/search-params";
import { ticketsViewMetadata } from "@/lib/tickets/list-page";
import { TicketsListView } from "@/components/tickets/tickets-list-view";

export async function generateMetadata(): Promise<Metadata> {
  return ticketsViewMetadata("list");
}

/** Zgłoszenia / "Lista wysłanych spraw" (document 004): the customer's tickets across all contracts. */
export default function TicketsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return <TicketsListView searchParams={searchParams} view="list" />;
}
