import { describe, expect, it } from "vitest";
import { demoJsonLines } from "@/lib/demo/generate";
import { demoIdentitiesFor, demoLoginCustomerId } from "@/lib/demo/identities";
import { prepareLine } from "@/lib/import/prepare";
import { recordSchemas } from "@/lib/import/records";
import { isValidNip } from "@/lib/validation/nip";
import { isValidPesel } from "@/lib/validation/pesel";
import { isValidNrb } from "@/lib/validation/nrb";
import { allTenants } from "@/lib/tenant/registry";
import { amountToDecimal } from "@/lib/format";

const today = "2026-11-21";
const records = (tenantId: string, customers = 30) => {
  const tenant = allTenants().find((t) => t.id === tenantId)!;
  return [...demoJsonLines(tenant, { customers, today })].join("").trimEnd().split("\n");
};

describe("demo data", () => {
  it("is deterministic", () => {
    expect(records("polo", 5)).toEqual(records("polo", 5));
  });

  it.each(["polo", "polsp", "mpec"])("gives most customers of %s a valid individual bank account, the demo login one, and some none", (tenantId) => {
    const customers = records(tenantId, 30)
      .map((line) => JSON.parse(line) as Record<string, string>)
      .filter((r) => r.type === "customer");
    const accounts = customers.map((c) => c.bankAccount).filter((a): a is string => a !== undefined);
    for (const account of accounts) expect(isValidNrb(account)).toBe(true);
    expect(new Set(accounts).size).toBe(accounts.length);
    expect(accounts.length).toBe(24);
    expect(customers.find((c) => c.id === demoLoginCustomerId(tenantId))?.bankAccount).toMatch(/^\d{26}$/);
  });

  it.each(["polo", "polsp", "mpec"])(
    "passes the import schemas of %s, with valid PESEL/NIP and balanced invoices",
    (tenantId) => {
      const tenant = allTenants().find((t) => t.id === tenantId)!;
      const schemas = recordSchemas(tenant);
      const kinds = new Set<string>();
      const statuses = new Set<string>();
      let lastIssue = "";
      for (const line of records(tenantId, 100)) {
        const result = prepareLine(line, schemas);
        if (!result.ok) throw new Error(`${result.reason}: ${line}`);
        const r = JSON.parse(line) as Record<string, string>;
        if (r.type === "customer") expect(r.pesel ? isValidPesel(r.pesel) : isValidNip(r.nip!)).toBe(true);
        if (r.type === "contract") statuses.add(r.status!);
        if (r.type === "invoice") {
          kinds.add(r.kind!);
          if (r.kind === "invoice" && r.issueDate! > lastIssue) lastIssue = r.issueDate!;
        }
      }
      expect([...kinds].sort()).toEqual(["correction", "interest_note", "invoice"]);
      expect([...statuses].sort()).toEqual(["active", "draft", "signed_by_customer", "terminated"]);
      expect(lastIssue).toBe("2026-10-31"); // monthly invoices end last month
    },
    20_000,
  ); // 100 customers per seller through the schemas: seconds on a busy machine

  it.each(["polo", "mpec"])(
    "fills the invoice details of %s: unit prices, meters, tariffs, consecutive readings, correction reasons with before-values, interest notes' late invoices",
    (tenantId) => {
      type LineRecord = {
        unit: string;
        quantity: string;
        unitPrice?: string;
        meterNumber?: string;
        tariff?: string;
        point?: string;
        readingFrom?: { date: string; value: string };
        readingTo?: { date: string; value: string };
        before?: object;
      };
      type InvoiceRecord = {
        type: string;
        id: string;
        kind: string;
        issueDate: string;
        lines: LineRecord[];
        correctionReason?: string;
        interest?: { invoice: string; daysLate: number; ratePercent: string };
      };
      const all = records(tenantId, 60).map((l) => JSON.parse(l) as InvoiceRecord);
      const invoices = all.filter((r) => r.type === "invoice");
      const byId = new Map(invoices.map((r) => [r.id, r]));
      const billed = invoices.filter((r) => r.kind === "invoice").flatMap((r) => r.lines);
      expect(billed.every((l) => l.unitPrice && l.meterNumber && l.tariff && l.point)).toBe(true);
      const perUnit = billed.filter((l) => l.unit !== "mies.");
      expect(perUnit.every((l) => l.readingFrom && l.readingTo && l.readingFrom.date < l.readingTo.date)).toBe(true);
      // The use between the readings is the billed quantity.
      expect(perUnit.every((l) => Math.abs(Number(l.readingTo!.value) - Number(l.readingFrom!.value) - Number(l.quantity)) < 1e-6)).toBe(true);
      if (tenantId === "polo") expect(perUnit.some((l) => /^\d+\.\d{3,5}$/.test(l.unitPrice!))).toBe(true);
      const corrections = invoices.filter((r) => r.kind === "correction");
      expect(corrections.length).toBeGreaterThan(0);
      expect(corrections.every((r) => r.correctionReason && r.lines.every((l) => l.before))).toBe(true);
      const notes = invoices.filter((r) => r.kind === "interest_note");
      expect(notes.length).toBeGreaterThan(0);
      for (const note of notes) {
        expect(note.interest).toMatchObject({ ratePercent: "11.25", daysLate: expect.any(Number) });
        expect(byId.get(note.interest!.invoice)!.issueDate < note.issueDate).toBe(true);
      }
    },
  );

  it("gives the documented MPEC identities their last invoice number and settlement amount", () => {
    const invoices = records("mpec", 3)
      .map((l) => JSON.parse(l) as Record<string, string>)
      .filter((r) => r.type === "invoice" && r.kind === "invoice");
    for (const identity of demoIdentitiesFor("mpec").filter((i) => i.lastInvoice)) {
      const own = invoices.filter((r) => r.customer === identity.customerId).sort((a, b) => a.issueDate!.localeCompare(b.issueDate!));
      const newest = own.at(-1)!;
      expect(newest.number).toBe(identity.lastInvoice!.number);
      if (identity.lastSettlementGross) expect(newest.gross).toBe(identity.lastSettlementGross);
    }
  });

  it("marks the settlement-amount identity and some other MPEC customers for that proof, nobody elsewhere", () => {
    const marked = (tenantId: string) =>
      records(tenantId, 40)
        .map((l) => JSON.parse(l) as { type: string; id: string; registrationProofs?: string[] })
        .filter((r) => r.type === "customer" && r.registrationProofs?.includes("settlementAmount"))
        .map((r) => r.id);
    const settlementIdentity = demoIdentitiesFor("mpec").find((i) => i.role === "register-settlement-amount")!;
    const lastInvoiceIdentity = demoIdentitiesFor("mpec").find((i) => i.role === "register-last-invoice")!;
    expect(marked("mpec")).toContain(settlementIdentity.customerId);
    expect(marked("mpec")).not.toContain(lastInvoiceIdentity.customerId);
    expect(marked("mpec").length).toBeGreaterThan(5);
    expect(marked("polo")).toEqual([]);
  });

  it("marks the demo logins' points and some other Polenergia points for self-reading (docs/portal.md §14): two zones with day and night readings, a window on some, none at MPEC", () => {
    type Rec = { type: string; id: string; point?: string; contract?: string; selfReading?: boolean; zones?: string[]; readingWindow?: object; zone?: string };
    const parsed = (tenantId: string) => records(tenantId, 40).map((l) => JSON.parse(l) as Rec);
    for (const tenantId of ["polo", "polsp"]) {
      const all = parsed(tenantId);
      const marked = all.filter((r) => r.type === "point" && r.selfReading);
      const loginContract = demoIdentitiesFor(tenantId).find((i) => i.role === "demo-login")!.contract.id;
      expect(marked.some((p) => p.contract === loginContract)).toBe(true);
      expect(marked.some((p) => p.zones?.length === 2)).toBe(true);
      expect(marked.some((p) => p.readingWindow)).toBe(true);
      for (const point of marked.filter((p) => p.zones?.length === 2)) {
        const zones = all.filter((r) => r.type === "reading" && r.point === point.id).map((r) => r.zone);
        expect(zones.length).toBeGreaterThan(0);
        expect(zones.filter((z) => z === "day").length).toBe(zones.filter((z) => z === "night").length);
        expect(zones.every((z) => z === "day" || z === "night")).toBe(true);
      }
    }
    expect(parsed("mpec").filter((r) => r.type === "point" && r.selfReading)).toEqual([]);
  });

  it("uses the fixed identities as the first customers, with valid ids", () => {
    for (const tenant of allTenants()) {
      const identities = demoIdentitiesFor(tenant.id);
      const customers = records(tenant.id, identities.length)
        .map((l) => JSON.parse(l) as Record<string, string>)
        .filter((r) => r.type === "customer");
      expect(customers.map((c) => c.id)).toEqual(identities.map((i) => i.customerId));
      for (const i of identities) expect(i.pesel ? isValidPesel(i.pesel) : isValidNip(i.nip!)).toBe(true);
      expect(demoLoginCustomerId(tenant.id)).not.toBeNull();
    }
  });

  it("leaves some customers in debt, some overpaid and some at exactly zero", () => {
    const balance = new Map<string, number>();
    const grosze = (s: string) => Math.round(Number(s) * 100);
    for (const line of records("polo", 60)) {
      const r = JSON.parse(line) as Record<string, string>;
      if (r.type === "invoice") balance.set(r.customer!, (balance.get(r.customer!) ?? 0) + grosze(r.gross!));
      if (r.type === "payment") balance.set(r.customer!, (balance.get(r.customer!) ?? 0) - grosze(r.amount!));
    }
    const values = [...balance.values()];
    expect(values.some((v) => v > 0)).toBe(true);
    expect(values.some((v) => v < 0)).toBe(true);
    expect(values.some((v) => v === 0)).toBe(true);
    expect(amountToDecimal(values.find((v) => v > 0)!)).toMatch(/^\d+\.\d{2}$/);
  });
});
