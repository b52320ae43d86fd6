import type { Tenant } from "@/lib/tenant/schema";
import { documentTransferQr, qrModel, transferAccount, type QrModel, type TransferAccount } from "@/lib/payments/transfer";
import type { InvoicePdfData } from "./invoice-data";

/**
 * What the PDF's payment box prints for a transfer: the account (the buyer's individual one when the
 * CRM sent it, else the seller's) and the QR code for the document's gross amount — the PDF is the
 * document as issued, so it does not follow later payments (the page's code asks for what is left).
 * Null for a document with nothing to pay (a correction to refund).
 */
export type PdfTransfer = { account: TransferAccount; qr: QrModel | null };

export function pdfTransfer(tenant: Tenant, data: InvoicePdfData): PdfTransfer | null {
  if (data.invoice.gross <= 0) return null;
  const account = transferAccount(tenant, data.payer.bankAccount);
  const payload = documentTransferQr(tenant, account, { number: data.invoice.number, amount: data.invoice.gross });
  return { account, qr: payload ? qrModel(payload) : null };
}
