import type { Metadata } from "next";
import { cookies } from "next/headers";
import { requireCustomer } from "@/lib/auth/customer";
import { getTenant } from "@/lib/tenant/server";
import { ticketWords } from "@/lib/tickets/labels";
import { ticketTargets } from "@/lib/tickets/scope";
import { decodeFlash, FLASH_COOKIE } from "@/lib/tickets/flash";
import { TicketsSubnav } from "@/components/tickets/tickets-subnav";
import { NewTicketForm } from "@/components/tickets/new-ticket-form";
import { ROLES } from "@/lib/auth/customer-scope";

export async function generateMetadata(): Promise<Metadata> {
  return { title: ticketWords(await getTenant()).newTicket };
}

/** The new-ticket form; after a refused submission the errors come back in the flash cookie. */
export default async function NewTicketPage() {
  const { scope } = await requireCustomer({ module: "tickets", roles: ROLES.full });
  const { tenant } = scope;
  const words = ticketWords(tenant);
  const targets = await ticketTargets(scope);
  const state = decodeFlash((await cookies()).get(FLASH_COOKIE)?.value, "new");
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{words.module}</h1>
      <TicketsSubnav words={words} current="new" />
      <h2 className="mb-3 text-xl font-semibold">{words.newTicket}</h2>
      <NewTicketForm tenant={tenant} words={words} targets={targets} state={state} />
    </>
  );
}
