import { describe, expect, it } from "vitest";
import { prepareLine, type PrepareResult } from "@/lib/import/prepare";
import { recordSchemas } from "@/lib/import/records";

const byLogin = recordSchemas({ identifier: "login-or-tax-id" });
const byNumber = recordSchemas({ identifier: "customer-number" });

const address = { street: "ul. Długa", building: "1", postalCode: "00-001", city: "Warszawa" };
const customer = { type: "customer", id: "C1", kind: "individual", pesel: "44051401359", name: "Jan Kowalski", address };
const line = { description: "Energia", quantity: "100", unit: "kWh", net: "100.00", vatRate: "23", vat: "23.00", gross: "123.00" };
const invoice = {
  type: "invoice",
  id: "F1",
  customer: "C1",
  number: "FV/1",
  kind: "invoice",
  issueDate: "2025-01-31",
  dueDate: "2025-02-14",
  net: "100.00",
  vat: "23.00",
  gross: "123.00",
  lines: [line],
};

const prepare = (record: object, schemas = byLogin) => prepareLine(JSON.stringify(record), schemas);
const reason = (result: PrepareResult) => (result.ok ? null : result.reason);

describe("import record schemas", () => {
  describe("invoice details added later (all optional)", () => {
    const reading = { date: "2025-01-31", value: "1100.5", source: "actual" };
    const detailed = {
      ...line,
      unitPrice: "1.00000",
      meterNumber: "M-1",
      tariff: "G11",
      readingFrom: { ...reading, date: "2024-12-31", value: "1000.5" },
      readingTo: reading,
    };
    const correction = {
      ...invoice,
      kind: "correction",
      corrects: "F0",
      correctionReason: "Błędny odczyt",
      lines: [{ ...line, before: { quantity: "90", net: "90.00", vat: "20.70", gross: "110.70" } }],
    };
    const note = { ...invoice, kind: "interest_note", interest: { invoice: "F0", daysLate: 9, ratePercent: "11.25" } };

    it("writes them to the rows, and a file without them stays valid with NULLs", () => {
      const result = prepare({ ...invoice, lines: [detailed] });
      expect(result.ok && result.record.lines![0]).toMatchObject({
        unit_price: "1.00000",
        meter_number: "M-1",
        tariff: "G11",
        reading_from: detailed.readingFrom,
        reading_to: reading,
        before: null,
      });
      const plain = prepare(invoice);
      expect(plain.ok && plain.record.lines![0]).toMatchObject({
        unit_price: null,
        meter_number: null,
        reading_from: null,
        reading_to: null,
        tariff: null,
        before: null,
      });
      expect(plain.ok && plain.record.row).toMatchObject({
        correction_reason: null,
        interest_invoice_id: null,
        interest_days_late: null,
        interest_rate_percent: null,
      });
      const fixed = prepare(correction);
      expect(fixed.ok && fixed.record.row.correction_reason).toBe("Błędny odczyt");
      expect(fixed.ok && fixed.record.lines![0]!.before).toEqual({ quantity: "90", net: 9000, vat: 2070, gross: 11070 });
      const charged = prepare(note);
      expect(charged.ok && charged.record.row).toMatchObject({ interest_invoice_id: "F0", interest_days_late: 9, interest_rate_percent: "11.25" });
      // The late invoice is a reference like any other: the import checks it exists.
      expect(charged.ok && charged.record.refs).toContainEqual({ kind: "invoice", id: "F0" });
    });

    it.each([
      [{ unitPrice: "0.123456" }, 'pole "lines[0].unitPrice": cena jednostkowa musi mieć postać "0.61234"'],
      [{ unitPrice: "-1.00" }, 'pole "lines[0].unitPrice": cena jednostkowa'],
      [{ unitPrice: 0.61 }, 'pole "lines[0].unitPrice" ma zły typ'],
      [{ meterNumber: "" }, 'pole "lines[0].meterNumber": wartość nie może być pusta'],
      [{ tariff: "x".repeat(51) }, 'pole "lines[0].tariff": wartość jest dłuższa niż 50 znaków'],
      [
        { readingTo: { ...reading, source: "guess" } },
        'pole "lines[0].readingTo.source" ma niedozwoloną wartość "guess" (dozwolone: actual, estimated, customer)',
      ],
      [{ readingTo: { ...reading, value: "-1" } }, 'pole "lines[0].readingTo.value": stan licznika musi mieć postać'],
      [{ readingTo: { ...reading, date: "2025-02-30" } }, 'pole "lines[0].readingTo.date": data musi być prawdziwą datą'],
      [{ readingTo: { ...reading, zone: "day" } }, 'nieznane pole "lines[0].readingTo.zone"'],
      [
        { readingFrom: { ...reading, date: "2025-02-01" }, readingTo: reading },
        'pole "lines[0].readingTo.date": odczyt końcowy jest wcześniejszy niż początkowy',
      ],
      [
        { before: { quantity: "1", net: "1.00", vat: "0.23", gross: "1.23" } },
        'pole "lines[0].before": pole "before" dotyczy tylko pozycji faktur korygujących',
      ],
    ])("rejects the line detail %j", (extra, message) => {
      expect(reason(prepare({ ...invoice, lines: [{ ...line, ...extra }] }))).toContain(message);
    });

    it("checks the correction's and the interest note's own fields", () => {
      expect(reason(prepare({ ...correction, lines: [{ ...line, before: { quantity: "1", net: "1.00", vat: "0.23", gross: "1.24" } }] }))).toContain(
        'pole "lines[0].before.gross": netto + VAT nie równa się brutto',
      );
      expect(reason(prepare({ ...invoice, correctionReason: "Błędny odczyt" }))).toContain('pole "correctionReason" dotyczy tylko faktur korygujących');
      expect(reason(prepare({ ...invoice, interest: note.interest }))).toContain('pole "interest" dotyczy tylko not odsetkowych');
      expect(reason(prepare({ ...note, interest: { ...note.interest, invoice: "F1" } }))).toContain("nota odsetkowa nie może wskazywać samej siebie");
      expect(reason(prepare({ ...note, interest: { ...note.interest, daysLate: 2.5 } }))).toContain(
        'pole "interest.daysLate": liczba dni musi być liczbą całkowitą',
      );
      expect(reason(prepare({ ...note, interest: { ...note.interest, ratePercent: "11,25" } }))).toContain(
        'pole "interest.ratePercent": stopa procentowa musi mieć postać "11.25"',
      );
      expect(reason(prepare({ ...note, interest: { invoice: "F0", daysLate: 9 } }))).toContain('brak wymaganego pola "interest.ratePercent"');
    });
  });
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
    for (const [meterChange, stored] of [
      [true, true],
      [false, false],
      [null, false],
      [undefined, false],
    ] as const) {
      const result = prepare({ ...reading, meterChange });
      expect(result.ok && result.record.row.meter_change, String(meterChange)).toBe(stored);
    }
    for (const bad of ["tak", 1, "true"])
      expect(reason(prepare({ ...reading, meterChange: bad }))).toBe('pole "meterChange" ma zły typ (oczekiwano: wartość logiczna)');
  });
});
