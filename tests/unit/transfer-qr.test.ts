import { describe, expect, it } from "vitest";
import QRCode from "qrcode";
import { compactNrb, formatNrb, isValidNrb, nrbCheckDigits, nrbOfIban } from "@/lib/validation/nrb";
import {
  cutAtWord,
  documentTransferQr,
  qrModel,
  transferAccount,
  transferAccountLabel,
  transferQrDescription,
  transferQrPayload,
} from "@/lib/payments/transfer";
import { requireTenantById } from "@/lib/tenant/registry";

const seller = { nip: "5272618716", nrb: "57102010260000150201234567", name: "Polenergia Obrót", title: "FV/2026/10/0001" };
const fields = (payload: string | null) => payload?.split("|");

describe("NRB (account numbers)", () => {
  it("checks the mod-97 checksum as an IBAN with PL", () => {
    expect(isValidNrb("57102010260000150201234567")).toBe(true);
    expect(isValidNrb("58102010260000150201234567")).toBe(false);
    expect(isValidNrb("57102010260000150201234576")).toBe(false);
    expect(isValidNrb("5710201026000015020123456")).toBe(false);
    expect(isValidNrb("PL57102010260000150201234567")).toBe(false);
    const bban = "102010260000150201234567";
    expect(nrbCheckDigits(bban)).toBe("57");
    expect(isValidNrb(`${nrbCheckDigits("109010140000071219812874")}109010140000071219812874`)).toBe(true);
  });

  it("groups the number in fours after the two check digits and reads the tenant file's IBAN", () => {
    expect(formatNrb("57102010260000150201234567")).toBe("57 1020 1026 0000 1502 0123 4567");
    expect(compactNrb("57 1020 1026 0000 1502 0123 4567")).toBe("57102010260000150201234567");
    expect(nrbOfIban("PL57102010260000150201234567")).toBe("57102010260000150201234567");
  });
});

describe("transfer account", () => {
  it("is the customer's individual account when the CRM sent one, else the seller's, each with its own label", () => {
    const polo = requireTenantById("polo");
    const own = transferAccount(polo, "61109010140000071219812874");
    expect(own).toEqual({ nrb: "61109010140000071219812874", individual: true });
    expect(transferAccountLabel(own)).toBe("Twój indywidualny numer rachunku");
    const sellers = transferAccount(polo, null);
    expect(sellers).toEqual({ nrb: "57102010260000150201234567", individual: false });
    expect(transferAccountLabel(sellers)).toBe("Rachunek sprzedawcy — w tytule przelewu podaj numer dokumentu");
  });
});

describe("transferQrPayload (ZBP recommendation for 2D codes on invoices)", () => {
  it("writes the nine fields in order: NIP, PL, account, grosze in 6 digits, name, title, three empty reserves", () => {
    const payload = transferQrPayload({ ...seller, amount: 12345 });
    expect(payload).toBe("5272618716|PL|57102010260000150201234567|012345|Polenergia Obrót|FV/2026/10/0001|||");
    const [nip, country, account, amount, name, title, ...reserves] = fields(payload)!;
    expect(nip).toBe("5272618716");
    expect(country).toBe("PL");
    expect(account).toBe("57102010260000150201234567");
    expect(amount).toBe("012345");
    expect(name).toBe("Polenergia Obrót");
    expect(title).toBe("FV/2026/10/0001");
    expect(reserves).toEqual(["", "", ""]);
  });

  it("zero-pads the amount to six digits and gives no code for nothing to pay or more than 9 999,99 zł", () => {
    expect(fields(transferQrPayload({ ...seller, amount: 1 }))![3]).toBe("000001");
    expect(fields(transferQrPayload({ ...seller, amount: 999_999 }))![3]).toBe("999999");
    expect(transferQrPayload({ ...seller, amount: 1_000_000 })).toBeNull();
    expect(transferQrPayload({ ...seller, amount: 0 })).toBeNull();
    expect(transferQrPayload({ ...seller, amount: -500 })).toBeNull();
  });

  it("cuts the recipient's name to 20 characters at a word boundary, or hard when one word is longer", () => {
    expect(fields(transferQrPayload({ ...seller, amount: 100, name: "Polenergia Sprzedaż" }))![4]).toBe("Polenergia Sprzedaż");
    expect(fields(transferQrPayload({ ...seller, amount: 100, name: "Miejskie Przedsiębiorstwo Energetyki Cieplnej" }))![4]).toBe("Miejskie");
    expect(fields(transferQrPayload({ ...seller, amount: 100, name: "Przedsiębiorstwoenergetyczne" }))![4]).toBe("Przedsiębiorstwoener");
    expect(cutAtWord("Ciepło Miejskie Spółka", 20)).toBe("Ciepło Miejskie");
    expect(cutAtWord("MPEC", 20)).toBe("MPEC");
  });

  it("keeps Polish letters (UTF-8), replaces characters outside the recommendation's set, and never cuts the title", () => {
    const payload = transferQrPayload({ ...seller, amount: 100, name: 'Żółć | Łąka "Śnieg"', title: "KOR/ŁÓDŹ/1" })!;
    expect(fields(payload)).toHaveLength(9);
    expect(fields(payload)![4]).toBe("Żółć Łąka Śnieg");
    expect(fields(payload)![5]).toBe("KOR/ŁÓDŹ/1");
    expect(transferQrPayload({ ...seller, amount: 100, title: "F".repeat(32) })).not.toBeNull();
    expect(transferQrPayload({ ...seller, amount: 100, title: "F".repeat(33) })).toBeNull();
  });

  it("refuses a NIP or an account that is not 10 and 26 digits", () => {
    expect(transferQrPayload({ ...seller, amount: 100, nip: "527-261-87-16" })).toBeNull();
    expect(transferQrPayload({ ...seller, amount: 100, nrb: "PL57102010260000150201234567" })).toBeNull();
  });

  it("fills in the seller's NIP and short name and the document number for a tenant", () => {
    const mpec = requireTenantById("mpec");
    const payload = documentTransferQr(mpec, transferAccount(mpec, "61109010140000071219812874"), { number: "C/2026/05/17", amount: 45678 });
    expect(payload).toBe(`${mpec.legal.nip}|PL|61109010140000071219812874|045678|MPEC|C/2026/05/17|||`);
  });

  it("describes the code in words for its text alternative", () => {
    const payload = transferQrPayload({ ...seller, amount: 12345 })!;
    expect(transferQrDescription(payload)).toBe(
      "Kod QR do przelewu: odbiorca Polenergia Obrót, rachunek 57 1020 1026 0000 1502 0123 4567, kwota 123,45\u00a0zł, tytuł FV/2026/10/0001.",
    );
  });
});

describe("qrModel", () => {
  it("draws every dark module of the payload's QR symbol (byte mode, UTF-8), inside a 4-module quiet zone", () => {
    const payload = transferQrPayload({ ...seller, amount: 12345, name: "Polenergia Sprzedaż" })!;
    const symbol = QRCode.create([{ data: new TextEncoder().encode(payload), mode: "byte" }], { errorCorrectionLevel: "M" });
    const model = qrModel(payload);
    expect(model.payload).toBe(payload);
    expect(model.size).toBe(symbol.modules.size + 8);
    const drawn = new Set(model.path.match(/M\d+ \d+/g));
    let dark = 0;
    for (let row = 0; row < symbol.modules.size; row++) {
      for (let col = 0; col < symbol.modules.size; col++) {
        if (!symbol.modules.get(row, col)) continue;
        dark++;
        expect(drawn.has(`M${col + 4} ${row + 4}`)).toBe(true);
      }
    }
    expect(drawn.size).toBe(dark);
    expect(Buffer.from(symbol.segments[0]!.data as unknown as Uint8Array).toString("utf8")).toBe(payload);
    expect(qrModel(payload.replace("012345", "012346")).path).not.toBe(model.path);
  });
});
