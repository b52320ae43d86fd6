import type { Customer } from "@/db/schema";
import type { Tenant } from "@/lib/tenant/schema";
import { addressLines } from "@/lib/pdf/labels";

const addressText = (a: Parameters<typeof addressLines>[0]) => addressLines(a).join(", ");

/** The seller as the invoice names it: legal name, address, NIP, REGON, KRS and customer service contacts (from the tenant file). */
export function DocumentSeller({ tenant }: { tenant: Tenant }) {
  const { legal, contacts } = tenant;
  const emails = [...new Set([contacts.emailIndividual, contacts.emailBusiness])];
  return (
    <p className="mt-2 text-sm break-words text-ink-muted" data-testid="document-seller">
      <span className="font-semibold text-ink">Sprzedawca: {tenant.names.legal}</span>, {addressText(legal.address)} · NIP {legal.nip}
      {legal.regon ? ` · REGON ${legal.regon}` : ""}
      {legal.krs ? ` · KRS ${legal.krs}` : ""} · Biuro Obsługi Klienta: tel. {contacts.phone}, e-mail: {emails.join(", ")}
    </p>
  );
}

function Party({ title, customer }: { title?: string; customer: Customer }) {
  return (
    <div className="min-w-0">
      {title ? <h3 className="text-sm text-ink-muted">{title}</h3> : null}
      <p className="font-semibold wrap-anywhere">{customer.name}</p>
      <p className="wrap-anywhere">{addressText(customer.address)}</p>
      {customer.kind === "business" && customer.nip ? <p>NIP: {customer.nip}</p> : null}
      {customer.customerNumber ? <p>Numer klienta: {customer.customerNumber}</p> : null}
    </div>
  );
}

/** Buyer and payer; one block when they are the same customer. */
export function DocumentParties({ buyer, payer }: { buyer: Customer | null; payer: Customer }) {
  return (
    <section className="mt-6 rounded-lg border border-line bg-white p-5 shadow-xs sm:p-6" aria-labelledby="parties-title" data-testid="document-parties">
      <h2 id="parties-title" className="text-lg font-semibold">
        Nabywca i płatnik
      </h2>
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        {buyer ? (
          <>
            <Party title="Nabywca" customer={buyer} />
            <Party title="Płatnik" customer={payer} />
          </>
        ) : (
          <Party customer={payer} />
        )}
      </div>
    </section>
  );
}
