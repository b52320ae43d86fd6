import { describe, expect, it } from "vitest";
import { prepareLine, type PrepareResult } from "@/lib/import/prepare";
import { recordSchemas } from "@/lib/import/records";

const byLogin = recordSchemas({ identifier: "login-or-tax-id" });
const byNumber = recordSchemas({ identifier: "customer-number" });

const address = { street: "ul. Długa", building: "1", postalCode: "00-001", city: "Warszawa" };
const customer = { type: "customer", id: "C1", kind: "individual", pesel: "44051401359", name: "Jan Kowalski", address };
const line = { description: "Energia", quantity: "100", unit: "kWh", net: "100.00", vatRate: "23", vat: "23.00", gross: "123.00" };
const invoice = { type: "invoice", id: "F1", customer: "C1", number: "FV/1", kind: "invoice", issueDate: "2025-01-31", dueDate: "2025-02-14", net: "100.00", vat: "23.00", gross: "123.00", lines: [line] };

const prepare = (record: object, schemas = byLogin) => prepareLine(JSON.stringify(record), schemas);
const reason = (result: PrepareResult) => (result.ok ? null : result.reason);

describe("import record schemas", () => {
  it("turns amounts into grosze and keeps invoice lines in order", () => {
    const result = prepare(invoice);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record.row).toMatchObject({ net: 10000, vat: 2300, gross: 12300 });
    expect(result.record.lines).toEqual([expect.objectContaining({ line_no: 1, net: 10000, vat_rate: "23", quantity: "100" })]);
    expect(result.record.refs).toEqual([{ kind: "customer", id: "C1" }]);
  });

  it.each(["123.4", "123", "1,23", "12.345", "", "1e3"])("rejects the amount %j", (amount) => {
    expect(reason(prepare({ type: "payment", id: "W1", customer: "C1", date: "2025-01-01", amount }))).toMatch(/amount.*kwota musi mieć postać/);
  });

  it("accepts negative amounts for corrections", () => {
    const negative = { ...line, quantity: "-100", net: "-100.00", vat: "-23.00", gross: "-123.00" };
    const result = prepare({ ...invoice, kind: "correction", corrects: "F0", net: "-100.00", vat: "-23.00", gross: "-123.00", lines: [negative] });
    expect(result.ok && result.record.row.gross).toBe(-12300);
  });

  it.each(["2025-02-30", "2025-13-01", "25-01-01", "2025-1-1", "2025-01-01T00:00:00Z"])("rejects the date %j", (date) => {
    expect(reason(prepare({ type: "payment", id: "W1", customer: "C1", date, amount: "1.00" }))).toMatch(/date.*prawdziwą datą/);
  });

  it("rejects unknown fields, naming them", () => {
    expect(reason(prepare({ ...customer, nickname: "Janek" }))).toContain('nieznane pole "nickname"');
    expect(reason(prepare({ ...customer, address: { ...address, country: "PL" } }))).toContain('nieznane pole "address.country"');
  });

  it("names missing fields and bad enum values", () => {
    const { name: _name, ...noName } = customer;
    expect(reason(prepare(noName))).toBe('brak wymaganego pola "name"');
    expect(reason(prepare({ ...customer, kind: "company" }))).toContain('pole "kind" ma niedozwoloną wartość "company"');
  });

  it("checks PESEL and NIP checksums", () => {
    expect(reason(prepare({ ...customer, pesel: "44051401358" }))).toContain("nieprawidłowy PESEL");
    expect(reason(prepare({ ...customer, kind: "business", pesel: undefined, nip: "1234563211" }))).toContain("nieprawidłowy NIP");
    expect(prepare({ ...customer, kind: "business", pesel: undefined, nip: "1234563218" }).ok).toBe(true);
  });

  it("requires customerNumber only where the tenant signs in by customer number", () => {
    expect(prepare(customer, byLogin).ok).toBe(true);
    expect(reason(prepare(customer, byNumber))).toContain("numer odbiorcy jest wymagany");
    expect(prepare({ ...customer, customerNumber: "100001" }, byNumber).ok).toBe(true);
  });

  it("reads the optional registrationProofs of a customer: absent → the last invoice only; bad lists make the line bad", () => {
    const proofs = (value: unknown) => {
      const result = prepare({ ...customer, customerNumber: "100001", registrationProofs: value }, byNumber);
      return result.ok ? result.record.row.registration_proofs : result.reason;
    };
    expect(proofs(undefined)).toEqual(["lastInvoice"]);
    expect(proofs(null)).toEqual(["lastInvoice"]);
    expect(proofs(["lastInvoice"])).toEqual(["lastInvoice"]);
    expect(proofs(["settlementAmount", "lastInvoice"])).toEqual(["lastInvoice", "settlementAmount"]);
    expect(proofs(["lastInvoice", "pesel"])).toBe('pole "registrationProofs[1]" ma niedozwoloną wartość "pesel" (dozwolone: lastInvoice, settlementAmount)');
    expect(proofs(["settlementAmount"])).toContain('pole "registrationProofs": lista musi zawierać "lastInvoice"');
    expect(proofs(["lastInvoice", "lastInvoice"])).toContain("nie mogą się powtarzać");
    expect(proofs("settlementAmount")).toBe('pole "registrationProofs" ma zły typ (oczekiwano: lista)');
  });

  it("reads the optional bankAccount of a customer: 26 digits with a valid checksum, spaces allowed; else the line is bad", () => {
    const account = (value: unknown) => {
      const result = prepare({ ...customer, bankAccount: value });
      return result.ok ? result.record.row.bank_account : result.reason;
    };
    expect(account(undefined)).toBeNull();
    expect(account(null)).toBeNull();
    expect(account("57102010260000150201234567")).toBe("57102010260000150201234567");
    expect(account("57 1020 1026 0000 1502 0123 4567")).toBe("57102010260000150201234567");
    expect(account("58102010260000150201234567")).toBe('pole "bankAccount": nieprawidłowy numer rachunku (suma kontrolna)');
    expect(account("57102010260000150201234576")).toBe('pole "bankAccount": nieprawidłowy numer rachunku (suma kontrolna)');
    expect(account("5710201026000015020123456")).toBe('pole "bankAccount": numer rachunku musi mieć 26 cyfr (NRB, bez "PL"; spacje są dozwolone)');
    expect(account("PL57102010260000150201234567")).toContain("musi mieć 26 cyfr");
    expect(account("57-1020-1026-0000-1502-0123-4567")).toContain("musi mieć 26 cyfr");
    expect(account(57102010260000150201234567)).toBe('pole "bankAccount" ma zły typ (oczekiwano: tekst)');
  });

  it("checks that net + VAT = gross and that lines add up to the header", () => {
    expect(reason(prepare({ ...invoice, gross: "123.01" }))).toContain("netto + VAT nie równa się brutto");
    expect(reason(prepare({ ...invoice, lines: [{ ...line, vat: "22.00", gross: "122.00" }] }))).toContain("suma pozycji (vat)");
  });

  it("rejects what is not a record", () => {
    expect(reason(prepareLine("{not json", byLogin))).toBe("nieprawidłowy JSON");
    expect(reason(prepareLine("[1,2]", byLogin))).toBe("wiersz musi być obiektem JSON");
    expect(reason(prepare({ type: "meter" }))).toContain('nieznany typ rekordu "meter"');
  });

  it("defaults the payer to the customer and keys consumption by point and period", () => {
    const contract = prepare({ type: "contract", id: "K1", customer: "C1", number: "U/1", status: "active" });
    expect(contract.ok && contract.record.row.payer_id).toBe("C1");
    const a = prepare({ type: "consumption", point: "P1", periodFrom: "2025-01-01", periodTo: "2025-01-31", quantity: "12.5", unit: "kWh" });
    const b = prepare({ type: "consumption", point: "P1", periodFrom: "2025-02-01", periodTo: "2025-02-28", quantity: "12.5", unit: "kWh" });
    expect(a.ok && b.ok && a.record.key !== b.record.key).toBe(true);
  });

  it("reading.meterChange is optional, a boolean, stored as false when absent; anything else makes the line bad", () => {
    const reading = { type: "reading", id: "R1", point: "P1", date: "2025-01-31", value: "12.5", unit: "GJ", source: "actual" };
    for (const [meterChange, stored] of [[true, true], [false, false], [null, false], [undefined, false]] as const) {
      const result = prepare({ ...reading, meterChange });
      expect(result.ok && result.record.row.meter_change, String(meterChange)).toBe(stored);
    }
    for (const bad of ["tak", 1, "true"]) expect(reason(prepare({ ...reading, meterChange: bad }))).toBe('pole "meterChange" ma zły typ (oczekiwano: wartość logiczna)');
  });
});
