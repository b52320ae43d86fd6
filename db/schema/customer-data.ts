import { bigint, boolean, check, date, index, integer, jsonb, numeric, pgEnum, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { amounts, crmCustomerRecord, crmPrimaryKey, crmRecord, invoiceOwned, money, tenantId, tstz, updatedAt } from "./columns";

/**
 * Data pushed by the seller's CRM (docs/import-format.md §1). Records keep the CRM's own ids; the primary key is
 * (tenant_id, id), and every reference carries tenant_id too, so a row can never point across sellers.
 *
 * No foreign keys between these tables (docs/decisions/0011-import-integrity.md): the import is their
 * only writer and checks every reference — against the file or the tenant's stored rows, inside its
 * own transaction — and nothing deletes them. A per-row FK trigger repeated that check and cost 60 %
 * of the import's time. Tables the portal writes (accounts, tickets, payments) keep theirs.
 */

export const customerKind = pgEnum("customer_kind", ["individual", "business"]);
export const contractStatus = pgEnum("contract_status", ["draft", "signed_by_customer", "active", "terminated"]);
export const pointKind = pgEnum("point_kind", ["electricity", "heat", "gas"]);
export const invoiceKind = pgEnum("invoice_kind", ["invoice", "correction", "interest_note"]);
export const readingUnit = pgEnum("reading_unit", ["kWh", "GJ", "m3"]);
export const readingZone = pgEnum("reading_zone", ["all", "day", "night"]);
export const readingSource = pgEnum("reading_source", ["actual", "estimated", "customer"]);

export const registrationProofKinds = ["lastInvoice", "settlementAmount"] as const;
export type RegistrationProof = (typeof registrationProofKinds)[number];

/** A point's zones as the CRM sends them: one for the whole day, or day and night (two-zone tariffs). */
export const pointZoneSets = [["all"], ["day", "night"]] as const;
export type PointZones = (typeof pointZoneSets)[number][number][];

export type Address = { street: string; building: string; apartment?: string; postalCode: string; city: string };

/** A meter reading printed on an invoice line (the CRM's own, not a row of readings). */
export type LineReading = { date: string; value: string; source: "actual" | "estimated" | "customer" };
/** What a correction line corrects: the values the corrected invoice had (amounts in grosze). */
export type LineBefore = { quantity: string; net: number; vat: number; gross: number };

export const customers = pgTable(
  "customers",
  {
    ...crmRecord(),
    kind: customerKind("kind").notNull(),
    pesel: text("pesel"),
    nip: text("nip"),
    customerNumber: text("customer_number"),
    name: text("name").notNull(),
    email: text("email"),
    phone: text("phone"),
    address: jsonb("address").$type<Address>().notNull(),
    /**
     * How the customer may prove who they are at registration (by customer number): the last
     * invoice's number always; its gross amount too when the CRM says so (tenants of housing cooperatives).
     */
    registrationProofs: text("registration_proofs")
      .array()
      .$type<RegistrationProof[]>()
      .notNull()
      .default(sql`ARRAY['lastInvoice']::text[]`),
    /** The customer's individual account for transfers (NRB, 26 digits), when the CRM sends one. */
    bankAccount: text("bank_account"),
    /** Set by the customer in "Moje dane"; the CRM learns it through the export. */
    correspondenceAddress: jsonb("correspondence_address").$type<Address>(),
    updatedAt: updatedAt(),
  },
  (t) => [
    crmPrimaryKey(t),
    index("customers_pesel_idx").on(t.tenantId, t.pesel),
    index("customers_nip_idx").on(t.tenantId, t.nip),
    uniqueIndex("customers_number_idx").on(t.tenantId, t.customerNumber),
    index("customers_email_idx").on(t.tenantId, sql`lower(${t.email})`),
  ],
);

export const contracts = pgTable(
  "contracts",
  {
    ...crmCustomerRecord(),
    payerId: text("payer_id").notNull(),
    number: text("number").notNull(),
    status: contractStatus("status").notNull(),
    signedAt: date("signed_at"),
    startDate: date("start_date"),
    endDate: date("end_date"),
    product: text("product"),
    updatedAt: updatedAt(),
  },
  (t) => [
    crmPrimaryKey(t),
    index("contracts_customer_idx").on(t.tenantId, t.customerId),
    index("contracts_payer_idx").on(t.tenantId, t.payerId),
    index("contracts_number_idx").on(t.tenantId, t.number),
  ],
);

export const points = pgTable(
  "points",
  {
    ...crmRecord(),
    contractId: text("contract_id").notNull(),
    code: text("code").notNull(),
    kind: pointKind("kind").notNull(),
    address: jsonb("address").$type<Address>().notNull(),
    tariff: text("tariff"),
    meterNumber: text("meter_number"),
    distributor: text("distributor"),
    /** The customer may submit readings of this point (docs/portal.md §14). */
    selfReading: boolean("self_reading").notNull().default(false),
    /** The days of the month readings are taken (both or neither; from > to wraps over the month's end). */
    readingWindowFrom: integer("reading_window_from"),
    readingWindowTo: integer("reading_window_to"),
    /** The meter's zones: one ("all") or two ("day", "night") where the tariff has two. */
    zones: text("zones")
      .array()
      .$type<PointZones>()
      .notNull()
      .default(sql`ARRAY['all']::text[]`),
    updatedAt: updatedAt(),
  },
  (t) => [
    crmPrimaryKey(t),
    index("points_contract_idx").on(t.tenantId, t.contractId),
    check(
      "points_reading_window_check",
      sql`(${t.readingWindowFrom} IS NULL AND ${t.readingWindowTo} IS NULL) OR (${t.readingWindowFrom} BETWEEN 1 AND 31 AND ${t.readingWindowTo} BETWEEN 1 AND 31)`,
    ),
  ],
);

export const invoices = pgTable(
  "invoices",
  {
    /** customerId: the payer. */
    ...crmCustomerRecord(),
    contractId: text("contract_id"),
    number: text("number").notNull(),
    kind: invoiceKind("kind").notNull(),
    correctsId: text("corrects_id"),
    issueDate: date("issue_date").notNull(),
    dueDate: date("due_date").notNull(),
    periodFrom: date("period_from"),
    periodTo: date("period_to"),
    ...amounts(),
    ksefNumber: text("ksef_number"),
    /** A correction: why it was issued. */
    correctionReason: text("correction_reason"),
    /** An interest note: the late invoice, how many days late it was paid and the yearly rate. */
    interestInvoiceId: text("interest_invoice_id"),
    interestDaysLate: integer("interest_days_late"),
    interestRatePercent: numeric("interest_rate_percent"),
    updatedAt: updatedAt(),
  },
  (t) => [
    crmPrimaryKey(t),
    index("invoices_customer_issue_idx").on(t.tenantId, t.customerId, t.issueDate.desc()),
    index("invoices_contract_idx").on(t.tenantId, t.contractId),
    index("invoices_number_idx").on(t.tenantId, t.number),
  ],
);

export const invoiceLines = pgTable(
  "invoice_lines",
  {
    ...invoiceOwned(),
    lineNo: integer("line_no").notNull(),
    description: text("description").notNull(),
    quantity: numeric("quantity").notNull(),
    unit: text("unit").notNull(),
    ...amounts(),
    vatRate: text("vat_rate").notNull(),
    pointId: text("point_id"),
    /** Net price per unit as the CRM priced it (up to 5 decimals), when it sends one. */
    unitPrice: numeric("unit_price"),
    meterNumber: text("meter_number"),
    readingFrom: jsonb("reading_from").$type<LineReading>(),
    readingTo: jsonb("reading_to").$type<LineReading>(),
    tariff: text("tariff"),
    /** A correction line: the values it corrects ("Było"); the line itself is the difference. */
    before: jsonb("before").$type<LineBefore>(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.invoiceId, t.lineNo] })],
);

export const payments = pgTable(
  "payments",
  {
    ...crmCustomerRecord(),
    date: date("date").notNull(),
    amount: money("amount").notNull(),
    invoiceId: text("invoice_id"),
    method: text("method"),
    /** The online payment's reference when this booked payment settles one made in the portal. */
    reference: text("reference"),
    updatedAt: updatedAt(),
  },
  (t) => [
    crmPrimaryKey(t),
    index("payments_customer_date_idx").on(t.tenantId, t.customerId, t.date.desc()),
    index("payments_reference_idx").on(t.tenantId, t.reference),
  ],
);

export const readings = pgTable(
  "readings",
  {
    ...crmRecord(),
    pointId: text("point_id").notNull(),
    date: date("date").notNull(),
    value: numeric("value").notNull(),
    unit: readingUnit("unit").notNull(),
    zone: readingZone("zone").notNull().default("all"),
    source: readingSource("source").notNull(),
    /** From the CRM: the first reading of a new meter, so it may be lower than the old meter's last one. */
    meterChange: boolean("meter_change").notNull().default(false),
    /** Set when a customer submitted the reading in the portal. */
    submittedByAccountId: text("submitted_by_account_id"),
    /** Portal readings: when it was sent, and the export event that carries it to the CRM. */
    submittedAt: tstz("submitted_at"),
    exportEventId: bigint("export_event_id", { mode: "number" }),
    /** Withdrawn or replaced by the customer before the CRM exported it (replacedById: the correction). */
    withdrawnAt: tstz("withdrawn_at"),
    replacedById: text("replaced_by_id"),
    updatedAt: updatedAt(),
  },
  (t) => [
    crmPrimaryKey(t),
    index("readings_point_date_idx").on(t.tenantId, t.pointId, t.date.desc()),
    // One live portal reading per meter, zone and day: a double submit cannot store two (the second finds this one).
    uniqueIndex("readings_portal_day_idx")
      .on(t.tenantId, t.pointId, t.zone, t.date)
      .where(sql`submitted_at IS NOT NULL AND withdrawn_at IS NULL`),
  ],
);

export const consumption = pgTable(
  "consumption",
  {
    tenantId: tenantId(),
    pointId: text("point_id").notNull(),
    periodFrom: date("period_from").notNull(),
    periodTo: date("period_to").notNull(),
    quantity: numeric("quantity").notNull(),
    unit: readingUnit("unit").notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.pointId, t.periodFrom, t.periodTo] })],
);

export type Customer = typeof customers.$inferSelect;
export type NewCustomer = typeof customers.$inferInsert;
export type Contract = typeof contracts.$inferSelect;
export type NewContract = typeof contracts.$inferInsert;
export type Point = typeof points.$inferSelect;
export type NewPoint = typeof points.$inferInsert;
export type Invoice = typeof invoices.$inferSelect;
export type NewInvoice = typeof invoices.$inferInsert;
export type InvoiceLine = typeof invoiceLines.$inferSelect;
export type NewInvoiceLine = typeof invoiceLines.$inferInsert;
export type Payment = typeof payments.$inferSelect;
export type NewPayment = typeof payments.$inferInsert;
export type Reading = typeof readings.$inferSelect;
export type NewReading = typeof readings.$inferInsert;
export type Consumption = typeof consumption.$inferSelect;
export type NewConsumption = typeof consumption.$inferInsert;
