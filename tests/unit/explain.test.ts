import { describe, expect, it } from "vitest";
import { explainDocument, statutoryInterest, type ExplainInput, type ExplainLine } from "@/lib/billing/explain";
import type { LinePoint } from "@/lib/billing/invoice-details";
import type { ConsumptionLine } from "@/lib/pdf/consumption";
import { countOf, plural } from "@/lib/format";
import { cases } from "@/tests/helpers/cases";

const dayForms = ["dzień", "dni", "dni"] as const;

describe("Polish plural forms (docs/portal.md §15)", () => {
  it.each(
    cases({
      0: "0\u00a0dni",
      1: "1\u00a0dzień",
      2: "2\u00a0dni",
      4: "4\u00a0dni",
      5: "5\u00a0dni",
      11: "11\u00a0dni",
      12: "12\u00a0dni",
      14: "14\u00a0dni",
      21: "21\u00a0dni",
      22: "22\u00a0dni",
      25: "25\u00a0dni",
      101: "101\u00a0dni",
      112: "112\u00a0dni",
    }),
  )("%s days → %s", (n, expected) => {
    expect(countOf(Number(n), ...dayForms)).toBe(expected);
  });

  it.each(
    cases({
      1: "pozycja",
      2: "pozycje",
      3: "pozycje",
      4: "pozycje",
      5: "pozycji",
      12: "pozycji",
      13: "pozycji",
      14: "pozycji",
      22: "pozycje",
      24: "pozycje",
      100: "pozycji",
      102: "pozycje",
      "-2": "pozycje",
    }),
  )("%s → %s (the three forms of a noun)", (n, expected) => {
    expect(plural(Number(n), "pozycja", "pozycje", "pozycji")).toBe(expected);
  });
});

const address = { street: "ul. Licznikowa", building: "7", apartment: "12", postalCode: "00-238", city: "Łódź" };
const points = new Map<string, LinePoint>([["P1", { id: "P1", code: "PL0037000123", address, meterNumber: "M-OLD", tariff: "G11" }]]);

const line = (l: Partial<ExplainLine>): ExplainLine => ({
  description: "Energia elektryczna czynna",
  quantity: "1452",
  unit: "kWh",
  gross: 121770,
  pointId: "P1",
  meterNumber: null,
  tariff: null,
  readingFrom: null,
  readingTo: null,
  before: null,
  ...l,
});

const invoice: ExplainInput = {
  kind: "invoice",
  dueDate: "2026-10-19",
  periodFrom: "2026-09-01",
  periodTo: "2026-09-30",
  gross: 123456,
  lines: [
    line({
      meterNumber: "L-90817263",
      readingFrom: { date: "2026-08-31", value: "12345.678", source: "actual" },
      readingTo: { date: "2026-09-30", value: "13797.678", source: "estimated" },
    }),
    line({ description: "Opłata handlowa", quantity: "1", unit: "mies.", gross: 1686 }),
  ],
  points,
  correctionReason: null,
  corrected: null,
  interest: { daysLate: null, ratePercent: null, invoice: null },
  consumption: [{ unit: "kWh", current: 1452, previous: 1300 }],
  paid: 0,
  remaining: 123456,
  today: "2026-10-05",
};

describe("explaining an invoice (docs/portal.md §15)", () => {
  it.each(
    cases<[Partial<ExplainInput>, string]>({
      "1 day left": [{ today: "2026-10-18" }, "Zapłać 1\u00a0234,56\u00a0zł do 19.10.2026 — termin mija za 1\u00a0dzień."],
      "2 days left": [{ today: "2026-10-17" }, "Zapłać 1\u00a0234,56\u00a0zł do 19.10.2026 — termin mija za 2\u00a0dni."],
      "22 days left": [{ today: "2026-09-27" }, "Zapłać 1\u00a0234,56\u00a0zł do 19.10.2026 — termin mija za 22\u00a0dni."],
      "due today": [{ today: "2026-10-19" }, "Zapłać 1\u00a0234,56\u00a0zł do 19.10.2026 — termin mija dziś."],
      "part paid": [
        { paid: 20000, remaining: 103456, today: "2026-10-14" },
        "Rozliczono już 200,00\u00a0zł (wpłaty lub korekty). Zapłać pozostałe 1\u00a0034,56\u00a0zł do 19.10.2026 — termin mija za 5\u00a0dni.",
      ],
      "12 days late": [
        { today: "2026-10-31" },
        "Termin płatności minął 19.10.2026 (12\u00a0dni temu) — zapłać 1\u00a0234,56\u00a0zł jak najszybciej; za opóźnienie sprzedawca może naliczyć odsetki.",
      ],
      "1 day late": [
        { today: "2026-10-20" },
        "Termin płatności minął 19.10.2026 (1\u00a0dzień temu) — zapłać 1\u00a0234,56\u00a0zł jak najszybciej; za opóźnienie sprzedawca może naliczyć odsetki.",
      ],
      paid: [{ paid: 123456, remaining: 0 }, "Ten dokument jest już zapłacony — nie musisz nic robić."],
    }),
  )("what to do now: %s", (_, [change, expected]) => {
    expect(explainDocument({ ...invoice, ...change }).at(-1)).toBe(expected);
  });

  it.each(
    cases<[ConsumptionLine, string]>({
      less: [
        { unit: "kWh", current: 1452, previous: 1500 },
        "Zużycie w tym okresie: 1\u00a0452\u00a0kWh — o 48\u00a0kWh (3,2%) mniej niż w tym samym okresie rok wcześniej (1\u00a0500\u00a0kWh).",
      ],
      same: [{ unit: "GJ", current: 12.5, previous: 12.5 }, "Zużycie w tym okresie: 12,5\u00a0GJ — tyle samo co w tym samym okresie rok wcześniej."],
      "m³, from nothing": [
        { unit: "m3", current: 1, previous: 0 },
        "Zużycie w tym okresie: 1\u00a0m³ — o 1\u00a0m³ więcej niż w tym samym okresie rok wcześniej (0\u00a0m³).",
      ],
    }),
  )("the year before: %s", (_, [consumption, expected]) => {
    expect(explainDocument({ ...invoice, consumption: [consumption] })).toContain(expected);
  });

  it("leaves out what the data does not hold: no year before, no readings, no period, no point", () => {
    const bare = { ...invoice, periodFrom: null, periodTo: null, consumption: null, lines: [line({ pointId: null, gross: 123456 })] };
    expect(explainDocument(bare)).toEqual([
      "Kwota 1\u00a0234,56\u00a0zł brutto obejmuje 1\u00a0pozycję: Energia elektryczna czynna (1\u00a0452\u00a0kWh) — 1\u00a0234,56\u00a0zł.",
      "Zapłać 1\u00a0234,56\u00a0zł do 19.10.2026 — termin mija za 14\u00a0dni.",
    ]);
    expect(explainDocument({ ...invoice, consumption: [{ unit: "kWh", current: 1452, previous: null }] }).join(" ")).not.toContain("rok wcześniej");
  });

  it("a one-day period of two points; more than eight lines are only counted", () => {
    const two = new Map<string, LinePoint>([
      ...points,
      [
        "P2",
        {
          id: "P2",
          code: "PL0037000999",
          address: { street: "ul. Licznikowa", building: "9", postalCode: "00-238", city: "Łódź" },
          meterNumber: null,
          tariff: null,
        },
      ],
    ]);
    const many = Array.from({ length: 12 }, (_, i) => line({ pointId: i % 2 ? "P2" : "P1", description: `Pozycja ${i + 1}`, unit: "szt.", gross: 10288 }));
    expect(explainDocument({ ...invoice, periodTo: "2026-09-01", points: two, lines: many, consumption: [] }).slice(0, 2)).toEqual([
      "Faktura rozlicza okres od 01.09.2026 do 01.09.2026 (1\u00a0dzień) dla punktów poboru PL0037000123 (ul. Licznikowa 7/12, 00-238 Łódź) i PL0037000999 (ul. Licznikowa 9, 00-238 Łódź).",
      "Kwota 1\u00a0234,56\u00a0zł brutto obejmuje 12\u00a0pozycji — wszystkie są wymienione w tabeli pozycji.",
    ]);
  });
});

const correction: ExplainInput = {
  ...invoice,
  kind: "correction",
  dueDate: "2026-11-03",
  periodFrom: null,
  periodTo: null,
  gross: -10063,
  lines: [
    line({
      description: "Korekta: Energia elektryczna czynna",
      quantity: "-120",
      gross: -10063,
      readingTo: { date: "2026-09-30", value: "13677.678", source: "actual" },
      before: { quantity: "1452", net: 99000, vat: 22770, gross: 121770 },
    }),
  ],
  correctionReason: "Zmiana odczytu szacowanego na rzeczywisty",
  corrected: { number: "FV/2026/09/0001", remaining: 113393, dueDate: "2026-10-19" },
  consumption: null,
  remaining: 0,
  today: "2026-10-20",
};

describe("explaining a correction (docs/portal.md §15)", () => {
  it("an invoice already paid: the overpayment is settled with later charges", () => {
    expect(explainDocument({ ...correction, corrected: { ...correction.corrected!, remaining: 0 } }).at(-1)).toBe(
      "Nie musisz nic płacić — powstała nadpłata zostanie rozliczona z Twoimi kolejnymi należnościami.",
    );
  });

  it("a correction that raises the amount, without `before`, of an invoice not shown, for a period", () => {
    const raise: ExplainInput = {
      ...correction,
      periodFrom: "2026-08-01",
      periodTo: "2026-08-31",
      gross: 2460,
      correctionReason: "Błędna stawka opłaty mocowej.",
      corrected: null,
      lines: [
        line({ description: "Opłata mocowa", quantity: "0", unit: "mies.", gross: 2460, pointId: null }),
        line({ description: "Opłata handlowa", quantity: "0", unit: "mies.", gross: 0, pointId: null }),
        line({
          description: "Energia",
          quantity: "5",
          unit: "kWh",
          gross: 0,
          pointId: null,
          readingTo: { date: "2026-08-31", value: "1", source: "customer" },
        }),
      ],
      paid: 0,
      remaining: 2460,
      today: "2026-10-20",
    };
    expect(explainDocument(raise)).toEqual([
      "Ta faktura korygująca zmienia wcześniej wystawioną fakturę za okres od 01.08.2026 do 31.08.2026 (31\u00a0dni).",
      "Przyczyna korekty: Błędna stawka opłaty mocowej.",
      "Opłata mocowa: kwota brutto zwiększona o 24,60\u00a0zł.",
      "Opłata handlowa: bez zmian.",
      "Energia: zużycie zwiększone o 5\u00a0kWh po odczycie podanym przez klienta z 31.08.2026.",
      "Razem korekta zwiększa Twoje należności o 24,60\u00a0zł brutto.",
      "Zapłać 24,60\u00a0zł do 03.11.2026 — termin mija za 14\u00a0dni.",
    ]);
  });
});

const note: ExplainInput = {
  ...invoice,
  kind: "interest_note",
  dueDate: "2026-11-16",
  periodFrom: null,
  periodTo: null,
  gross: 875,
  lines: [line({ description: "Odsetki", quantity: "1", unit: "szt.", gross: 875, pointId: null })],
  interest: { daysLate: 23, ratePercent: "11.25", invoice: { number: "FV/2026/09/0001", gross: 123456, dueDate: "2026-10-19" } },
  consumption: null,
  remaining: 875,
  today: "2026-11-02",
};

describe("explaining an interest note (docs/portal.md §15)", () => {
  it("shows no computation that does not give the note's amount, and says less when the invoice is not shown", () => {
    expect(explainDocument({ ...note, gross: 1234, remaining: 1234 })).toEqual([
      "Nota nalicza odsetki za opóźnienie w zapłacie faktury FV/2026/09/0001 (termin płatności 19.10.2026): 23\u00a0dni opóźnienia, stopa 11,25% w skali roku.",
      "Zapłać 12,34\u00a0zł do 16.11.2026 — termin mija za 14\u00a0dni.",
    ]);
    expect(explainDocument({ ...note, interest: { daysLate: 1, ratePercent: null, invoice: null } })[0]).toBe(
      "Nota nalicza odsetki za opóźnienie w zapłacie faktury: 1\u00a0dzień opóźnienia.",
    );
  });

  it.each(
    cases<[[number, string, number], number | null]>({
      "1 day at 11.25 %": [[123456, "11.25", 1], 38],
      "22 days at 11.25 %": [[123456, "11.25", 22], 837],
      "365 days at 10 %": [[100000, "10", 365], 10000],
      "half a grosz rounds up": [[365, "50", 1], 1],
      "a rate that is not a number": [[100000, "abc", 1], null],
    }),
  )("statutory interest: %s", (_, [[principal, rate, days], expected]) => {
    expect(statutoryInterest(principal, rate, days)).toBe(expected);
  });
});

describe("each kind of document word for word (docs/portal.md §15)", () => {
  it.each(
    cases<[ExplainInput, string[]]>({
      "an invoice: period and point, readings, the year before, what the amount is made of, pay by the due date": [
        invoice,
        [
          "Faktura rozlicza okres od 01.09.2026 do 30.09.2026 (30\u00a0dni) dla punktu poboru PL0037000123 (ul. Licznikowa 7/12, 00-238 Łódź).",
          "Zużycie 1\u00a0452\u00a0kWh to różnica między odczytem licznika L-90817263 z 30.09.2026 (13\u00a0797,678\u00a0kWh, odczyt szacowany) a odczytem z 31.08.2026 (12\u00a0345,678\u00a0kWh, odczyt rzeczywisty).",
          "Odczyt szacowany zostanie rozliczony po odczycie rzeczywistym.",
          "Zużycie w tym okresie: 1\u00a0452\u00a0kWh — o 152\u00a0kWh (11,7%) więcej niż w tym samym okresie rok wcześniej (1\u00a0300\u00a0kWh).",
          "Kwota 1\u00a0234,56\u00a0zł brutto obejmuje 2\u00a0pozycje: Energia elektryczna czynna (1\u00a0452\u00a0kWh) — 1\u00a0217,70\u00a0zł; Opłata handlowa — 16,86\u00a0zł.",
          "Zapłać 1\u00a0234,56\u00a0zł do 19.10.2026 — termin mija za 14\u00a0dni.",
        ],
      ],
      "a correction: which invoice, why, what changed line by line, the total, what is left on the invoice": [
        correction,
        [
          "Ta faktura korygująca zmienia fakturę FV/2026/09/0001 dla punktu poboru PL0037000123 (ul. Licznikowa 7/12, 00-238 Łódź).",
          "Przyczyna korekty: Zmiana odczytu szacowanego na rzeczywisty.",
          "Korekta: Energia elektryczna czynna: zużycie zmniejszone o 120\u00a0kWh (z 1\u00a0452\u00a0kWh na 1\u00a0332\u00a0kWh) po odczycie rzeczywistym z 30.09.2026, kwota brutto zmniejszona o 100,63\u00a0zł (z 1\u00a0217,70\u00a0zł na 1\u00a0117,07\u00a0zł).",
          "Razem korekta zmniejsza kwotę faktury FV/2026/09/0001 o 100,63\u00a0zł brutto.",
          "Tej korekty nie płacisz — zmniejsza ona fakturę FV/2026/09/0001, za którą zostało do zapłaty 1\u00a0133,93\u00a0zł (termin płatności 19.10.2026).",
        ],
      ],
      "an interest note: the late invoice, days and rate, the computation, pay": [
        note,
        [
          "Nota nalicza odsetki za opóźnienie w zapłacie faktury FV/2026/09/0001 (termin płatności 19.10.2026): 23\u00a0dni opóźnienia, stopa 11,25% w skali roku.",
          "Obliczenie: 1\u00a0234,56\u00a0zł × 11,25% × 23\u00a0dni ÷ 365\u00a0dni = 8,75\u00a0zł.",
          "Zapłać 8,75\u00a0zł do 16.11.2026 — termin mija za 14\u00a0dni.",
        ],
      ],
    }),
  )("%s", (_, [input, expected]) => {
    expect(explainDocument(input)).toEqual(expected);
  });
});
