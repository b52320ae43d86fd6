import { beforeAll, describe, expect, it } from "vitest";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { requireTenantById } from "@/lib/tenant/registry";
import { importJsonLines } from "@/lib/import/import-json-lines";
import { documentExplanation } from "@/lib/billing/explain-data";
import { documentDetail } from "@/lib/billing/detail";
import { customerScope } from "@/tests/helpers/scope";
import { jsonl } from "./import-helpers";
import { pdfWorld } from "./pdf-world";
import { cases } from "@/tests/helpers/cases";

const handle = setupTestDb();
const world = pdfWorld("EXP1");
const other = pdfWorld("EXP2");
const scopeOf = (tenant: string, customerId = world.customerId) => ({ db: handle.db, tenant: requireTenantById(tenant), customerId });

beforeAll(async () => {
  const result = await importJsonLines(handle.db, requireTenantById("polo"), [jsonl(...world.records, ...other.records)]);
  expect(result).toMatchObject({ status: "applied" });
});

describe(`"Skąd ta kwota?" from the database (docs/portal.md §15, ${testDbKind})`, () => {
  it.each(
    cases<[string, string, string[]]>({
      "the invoice: its point, readings, the same period a year earlier and what is left to pay": [
        world.invoiceId,
        "2026-10-25",
        [
          "Faktura rozlicza okres od 01.09.2026 do 30.09.2026 (30\u00a0dni) dla punktu poboru PPE-EXP1 (ul. Licznikowa 12/3, 00-238 Łódź).",
          "Zużycie 1\u00a0452\u00a0kWh to różnica między odczytem licznika L-EXP1-7 z 30.09.2026 (13\u00a0797,678\u00a0kWh, odczyt szacowany) a odczytem z 31.08.2026 (12\u00a0345,678\u00a0kWh, odczyt rzeczywisty).",
          "Odczyt szacowany zostanie rozliczony po odczycie rzeczywistym.",
          "Zużycie w tym okresie: 1\u00a0452\u00a0kWh — o 48\u00a0kWh (3,2%) mniej niż w tym samym okresie rok wcześniej (1\u00a0500\u00a0kWh).",
          "Kwota 1\u00a0234,56\u00a0zł brutto obejmuje 2\u00a0pozycje: Sprzedaż energii elektrycznej czynnej (1\u00a0452\u00a0kWh) — 1\u00a0217,70\u00a0zł; Opłata handlowa — 16,86\u00a0zł.",
          "Rozliczono już 16,86\u00a0zł (wpłaty lub korekty). Termin płatności minął 19.10.2026 (6\u00a0dni temu) — zapłać pozostałe 1\u00a0217,70\u00a0zł jak najszybciej; za opóźnienie sprzedawca może naliczyć odsetki.",
        ],
      ],
      "the correction, against what is still due on the corrected invoice": [
        world.correctionId,
        "2026-10-25",
        [
          "Ta faktura korygująca zmienia fakturę FV/2026/09/EXP1.",
          "Przyczyna korekty: Opłata handlowa naliczona mimo rezygnacji z e-faktury papierowej.",
          "Korekta opłaty handlowej: ilość zmniejszona o 1\u00a0mies. (z 1\u00a0mies. na 0\u00a0mies.), kwota brutto zmniejszona o 16,86\u00a0zł (z 16,86\u00a0zł na 0,00\u00a0zł).",
          "Razem korekta zmniejsza kwotę faktury FV/2026/09/EXP1 o 16,86\u00a0zł brutto.",
          "Tej korekty nie płacisz — zmniejsza ona fakturę FV/2026/09/EXP1, za którą zostało do zapłaty 1\u00a0217,70\u00a0zł (termin płatności 19.10.2026).",
        ],
      ],
      "the interest note, without a computation that does not give its amount": [
        world.noteId,
        "2026-11-02",
        [
          "Nota nalicza odsetki za opóźnienie w zapłacie faktury FV/2026/09/EXP1 (termin płatności 19.10.2026): 23\u00a0dni opóźnienia, stopa 11,25% w skali roku.",
          "Zapłać 12,34\u00a0zł do 16.11.2026 — termin mija za 14\u00a0dni.",
        ],
      ],
    }),
  )("explains %s", async (_, [id, today, expected]) => {
    expect(await documentExplanation(scopeOf("polo"), id, today)).toEqual(expected);
    // The document page explains from what it loaded for itself: the same words as the e-mail.
    const detail = await documentDetail(customerScope(handle.db, "polo", world.customerId), id, today);
    expect(detail?.explanation).toEqual(expected);
  });

  it("finds nothing of another customer or in another tenant (S13, S14)", async () => {
    expect(await documentExplanation(scopeOf("polo"), other.invoiceId, "2026-10-25")).toBeNull();
    expect(await documentExplanation(scopeOf("mpec"), world.invoiceId, "2026-10-25")).toBeNull();
    expect(await documentExplanation(scopeOf("polo", other.customerId), other.invoiceId, "2026-10-25")).not.toBeNull();
  });
});
