import type { Tenant } from "@/lib/tenant/schema";
import { transferAccount } from "@/lib/payments/transfer";
import { AccountNumber } from "@/components/payments/account-number";

/**
 * The account for transfers on the customer's first page: Pulpit, or — for a tenant without one
 * (MPEC) — the page it lands on; that page shows it only where it is the landing page
 * (`landsWithBalance` in lib/portal/modules.ts, the same rule as the balance tile). `bankAccount` is
 * the customer's own account from the CRM or null (lib/dashboard/glance.ts reads it with the balance).
 */
export function BankAccountTile({ tenant, bankAccount }: { tenant: Tenant; bankAccount: string | null }) {
  const account = transferAccount(tenant, bankAccount);
  return (
    <section className="mt-4 rounded-lg border border-line bg-white p-5 shadow-xs sm:p-6" aria-labelledby="bank-account-title" data-testid="bank-account-tile">
      <h2 id="bank-account-title" className="text-lg font-semibold">
        Numer rachunku do wpłat
      </h2>
      <div className="mt-2">
        <AccountNumber account={account} bankName={tenant.legal.bankName} />
      </div>
      <p className="mt-3 text-sm text-ink-muted">
        {account.individual
          ? "Wpłaty na ten rachunek trafiają wprost na Twoje konto klienta."
          : "Na ten rachunek wpłacają wszyscy klienci: bez numeru dokumentu w tytule nie będziemy wiedzieć, czyja to wpłata."}
      </p>
    </section>
  );
}
