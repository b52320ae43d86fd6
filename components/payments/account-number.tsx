import type { TransferAccount } from "@/lib/payments/transfer";
import { transferAccountLabel } from "@/lib/payments/transfer";
import { formatNrb } from "@/lib/validation/nrb";
import { CopyButton } from "@/components/payments/copy-button";

/**
 * The account to pay to, grouped in fours and selectable as text (that is the way to copy it
 * without JavaScript), under a label that says whose account it is, with "Kopiuj".
 */
export function AccountNumber({ account, bankName }: { account: TransferAccount; bankName?: string }) {
  const label = transferAccountLabel(account);
  return (
    <div data-testid="transfer-account" data-individual={account.individual ? "true" : "false"}>
      <p className="text-sm text-ink-muted" data-testid="transfer-account-label">
        {label}
      </p>
      <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-2">
        <span className="text-lg font-semibold tracking-wide break-words whitespace-normal select-all tabular-nums" data-testid="transfer-account-number">
          {formatNrb(account.nrb)}
        </span>
        <CopyButton text={account.nrb} label={account.individual ? "numer rachunku" : "numer rachunku sprzedawcy"} />
      </p>
      {!account.individual && bankName ? <p className="mt-1 text-sm text-ink-muted">{bankName}</p> : null}
    </div>
  );
}
