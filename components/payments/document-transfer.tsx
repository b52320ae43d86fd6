import type { CustomerScope } from "@/lib/auth/customer-scope";
import { customerBankAccount } from "@/lib/payments/bank-account";
import { documentTransferQr, transferAccount } from "@/lib/payments/transfer";
import { formatAmount } from "@/lib/format";
import { AccountNumber } from "@/components/payments/account-number";
import { TransferQr } from "@/components/payments/transfer-qr";

/**
 * "Dane do przelewu" on an unpaid document: recipient, account (the customer's individual one, else
 * the seller's), title and the amount still due, and the QR code a banking app scans to fill them in.
 */
export async function DocumentTransfer({ scope, document }: { scope: CustomerScope; document: { number: string; gross: number; remaining: number } }) {
  if (document.gross <= 0 || document.remaining <= 0) return null;
  const { tenant } = scope;
  const account = transferAccount(tenant, await customerBankAccount(scope));
  const payload = documentTransferQr(tenant, account, { number: document.number, amount: document.remaining });
  return (
    <section className="mt-6 rounded-lg border border-line bg-white p-5 shadow-xs sm:p-6" aria-labelledby="transfer-title" data-testid="document-transfer">
      <h2 id="transfer-title" className="text-lg font-semibold">
        Dane do przelewu
      </h2>
      <div className="mt-3 grid gap-5 sm:grid-cols-[1fr_auto] sm:items-start">
        <div className="grid min-w-0 gap-3">
          <AccountNumber account={account} bankName={tenant.legal.bankName} />
          <dl className="grid grid-cols-[max-content_1fr] items-baseline gap-x-4 gap-y-2 sm:gap-x-6">
            <dt className="text-sm text-ink-muted">Odbiorca</dt>
            <dd className="min-w-0 break-words">{tenant.names.legal}</dd>
            <dt className="text-sm text-ink-muted">Tytuł przelewu</dt>
            <dd className="min-w-0 break-all select-all" data-testid="transfer-title">
              {document.number}
            </dd>
            <dt className="text-sm text-ink-muted">Kwota</dt>
            <dd className="min-w-0">{formatAmount(document.remaining)}</dd>
          </dl>
        </div>
        {payload ? <TransferQr payload={payload} /> : null}
      </div>
    </section>
  );
}
