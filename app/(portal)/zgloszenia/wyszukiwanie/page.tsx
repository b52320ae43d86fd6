import type { Metadata } from "next";
import { requireCustomer } from "@/lib/auth/customer";
import { getTenant } from "@/lib/tenant/server";
import { ticketWords } from "@/lib/tickets/labels";
import { parseSearch, type SearchParams } from "@/lib/tickets/search-params";
import { TicketsSubnav } from "@/components/tickets/tickets-subnav";
import { TicketResults } from "@/components/tickets/ticket-results";
import { SearchForm } from "@/components/tickets/search-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: ticketWords(await getTenant()).search };
}

/** "Wyszukiwanie zaawansowane": text (subject and messages), status, type and date range. */
export default async function TicketSearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { scope } = await requireCustomer({ module: "tickets" });
  const { tenant } = scope;
  const words = ticketWords(tenant);
  const search = parseSearch(tenant, await searchParams);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{words.module}</h1>
      <TicketsSubnav words={words} current="search" />
      <h2 className="mb-3 text-xl font-semibold">{words.search}</h2>
      <SearchForm tenant={tenant} words={words} values={search.values} action="/zgloszenia/wyszukiwanie" />
      <TicketResults scope={scope} words={words} search={search} base="/zgloszenia/wyszukiwanie" />
    </>
  );
}
