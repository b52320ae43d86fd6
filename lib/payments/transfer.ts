import QRCode from "qrcode";
import type { Tenant } from "@/lib/tenant/schema";
import { formatAmount } from "@/lib/format";
import { formatNrb, nrbOfIban } from "@/lib/validation/nrb";

/**
 * Where a customer sends a transfer, and the QR code a Polish banking app scans to fill it in.
 *
 * The account: the customer's individual account when the CRM sends one (`customer.bankAccount`,
 * docs/import-format.md) — the bank books a payment by the account itself; otherwise the seller's
 * account from the tenant file, where only the document number in the title tells whose payment it is.
 */
export type TransferAccount = { nrb: string; individual: boolean };

export function transferAccount(tenant: Pick<Tenant, "legal">, customerAccount: string | null): TransferAccount {
  return customerAccount ? { nrb: customerAccount, individual: true } : { nrb: nrbOfIban(tenant.legal.bankAccount), individual: false };
}

export const transferAccountLabel = (account: TransferAccount) =>
  account.individual ? "Twój indywidualny numer rachunku" : "Rachunek sprzedawcy — w tytule przelewu podaj numer dokumentu";

/**
 * The payload of the transfer QR code in the format of "Rekomendacja Związku Banków Polskich dotycząca
 * kodu dwuwymiarowego („2D”), umożliwiającego zapis formatki polecenia przelewu zamieszczonego na
 * fakturach (rachunkach)" (ZBP, Standard 2D, 3 December 2013). Nine fields, separated by "|":
 *
 *   1. recipient's NIP, 10 digits          2. country code, "PL"
 *   3. recipient's account, NRB, 26 digits  4. amount in grosze, 6 digits, zero-padded
 *   5. recipient's name, up to 20 chars    6. title, up to 32 chars
 *   7. reserve: direct-debit customer id (up to 20), 8. reserve: Invoobill id (up to 12),
 *   9. reserve (up to 24) — all three left empty here.
 *
 * The whole text is at most 160 characters and is encoded as UTF-8 (one byte-mode segment), so
 * Polish letters stay as they are; the recommendation allows letters (Polish ones included), digits,
 * the space and , . / \ - @ # & * — any other character (the separator "|" above all) is replaced
 * by a space. Limits count characters, not bytes.
 *
 * Decisions: the name is cut at the last space within 20 characters (a hard cut when the first word
 * alone is longer); the title is the document number and is never cut — a number longer than 32
 * characters, an amount above 9 999,99 zł (six digits of grosze) or nothing to pay gives no code
 * (null): a code that fills in a wrong title or amount is worse than none.
 */
export type TransferQrInput = { nip: string; nrb: string; amount: number; name: string; title: string };

const NAME_MAX = 20;
const TITLE_MAX = 32;
const AMOUNT_MAX = 999_999;

const clean = (text: string) =>
  text
    .replace(/[^0-9A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż ,./\\\-@#&*]/g, " ")
    .replace(/ {2,}/g, " ")
    .trim();

/** At most `max` characters, cut at a word boundary when there is one. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(" ", max);
  return (space > 0 ? text.slice(0, space) : text.slice(0, max)).trim();
}

export function transferQrPayload({ nip, nrb, amount, name, title }: TransferQrInput): string | null {
  if (!/^\d{10}$/.test(nip) || !/^\d{26}$/.test(nrb)) return null;
  if (!Number.isInteger(amount) || amount <= 0 || amount > AMOUNT_MAX) return null;
  const cleanTitle = clean(title);
  if (cleanTitle.length === 0 || cleanTitle.length > TITLE_MAX) return null;
  return [nip, "PL", nrb, String(amount).padStart(6, "0"), cutAtWord(clean(name), NAME_MAX), cleanTitle, "", "", ""].join("|");
}

/** The seller's side of a document's code: its NIP and short name. */
export function documentTransferQr(
  tenant: Pick<Tenant, "legal" | "names">,
  account: TransferAccount,
  document: { number: string; amount: number },
): string | null {
  return transferQrPayload({ nip: tenant.legal.nip, nrb: account.nrb, amount: document.amount, name: tenant.names.short, title: document.number });
}

/**
 * The QR symbol of a payload as one SVG path over a square of `size` modules (the 4-module quiet zone
 * included): the page draws it as inline SVG and the PDF with react-pdf's Svg/Path, so both are
 * vector and both come from this one function. Error correction M, one byte-mode (UTF-8) segment.
 */
export type QrModel = { payload: string; size: number; path: string };

const QUIET = 4;

export function qrModel(payload: string): QrModel {
  const { modules } = QRCode.create([{ data: new TextEncoder().encode(payload), mode: "byte" }], { errorCorrectionLevel: "M" });
  let path = "";
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) path += `M${col + QUIET} ${row + QUIET}h1v1h-1z`;
    }
  }
  return { payload, size: modules.size + 2 * QUIET, path };
}

/** The code's text alternative: what scanning it fills in, in words. */
export function transferQrDescription(payload: string): string {
  const [, , nrb, amount, name, title] = payload.split("|");
  return `Kod QR do przelewu: odbiorca ${name}, rachunek ${formatNrb(nrb!)}, kwota ${formatAmount(Number(amount))}, tytuł ${title}.`;
}
