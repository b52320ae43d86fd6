import type { DocumentStatus } from "@/lib/billing/allocation";
import { statusLabel } from "@/lib/billing/labels";
import { formatAmount } from "@/lib/format";

const tone: Record<DocumentStatus, string> = {
  paid: "border-success text-success",
  unpaid: "border-line text-ink",
  overdue: "border-danger text-danger",
};

const onlineWords = { processing: "Wpłata w trakcie księgowania", pending: "Płatność w toku" } as const;

/**
 * The status in words with a coloured border; a partly paid document also says what is left, and
 * an online payment touching it says so ("Wpłata w trakcie księgowania", "Płatność w toku").
 */
export function StatusBadge({
  status,
  gross,
  remaining,
  online = null,
}: {
  status: DocumentStatus;
  gross: number;
  remaining: number;
  online?: "processing" | "pending" | null;
}) {
  const partly = status !== "paid" && remaining < gross;
  return (
    <span className="inline-flex flex-col">
      <span
        className={`inline-block w-fit rounded-full border-2 bg-white px-2.5 py-0.5 text-sm font-semibold whitespace-nowrap ${tone[status]}`}
        data-testid="document-status"
      >
        {statusLabel(status, gross)}
      </span>
      {partly ? <span className="mt-1 text-sm text-ink-muted">pozostało {formatAmount(remaining)}</span> : null}
      {online ? (
        <span className="mt-1 text-sm font-medium text-ink" data-testid="document-online">
          {onlineWords[online]}
        </span>
      ) : null}
    </span>
  );
}
