import type { Customer } from "@/db/schema";
import { maskPesel } from "@/lib/my-data/display";
import { Section } from "./section";
import { formatAddress } from "@/lib/format";
import { Facts, type Fact } from "@/components/facts";

/** "Dane podstawowe": what the CRM knows; the customer cannot change it here. */
export function BasicDataSection({ customer }: { customer: Pick<Customer, "name" | "pesel" | "nip" | "customerNumber" | "address"> }) {
  const rows: Fact[] = [["Imię i nazwisko / nazwa", customer.name]];
  if (customer.pesel) rows.push(["PESEL", maskPesel(customer.pesel)]);
  if (customer.nip) rows.push(["NIP", customer.nip]);
  if (customer.customerNumber) rows.push(["Numer klienta", customer.customerNumber]);
  rows.push(["Adres", formatAddress(customer.address)]);
  return (
    <Section id="basic-data-title" title="Dane podstawowe">
      <Facts facts={rows} className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]" valueClassName="font-medium break-words" />
    </Section>
  );
}
