import type { RecordType } from "./records";
/**
 * What the import writes, table by table, in the order it merges them (parents first). Column types
 * are PostgreSQL types: the staging tables (staging.ts) are made of them, so COPY already converts
 * every value, and the merge (merge.ts) copies columns as they are.
 */

export type TableName = "customers" | "contracts" | "points" | "invoices" | "invoice_lines" | "payments" | "readings" | "consumption";

export type TableSpec = {
  name: TableName;
  key: [string, string][];
  columns: [string, string][];
  /** invoice_lines has no updated_at: the invoice's own row carries it. */
  touchesUpdatedAt: boolean;
};

const t = (name: TableName, key: [string, string][], columns: [string, string][], touchesUpdatedAt = true): TableSpec => ({
  name,
  key,
  columns,
  touchesUpdatedAt,
});

export const tableSpecs: TableSpec[] = [
  t(
    "customers",
    [["id", "text"]],
    [
      ["kind", "customer_kind"],
      ["pesel", "text"],
      ["nip", "text"],
      ["customer_number", "text"],
      ["name", "text"],
      ["email", "text"],
      ["phone", "text"],
      ["address", "jsonb"],
      ["registration_proofs", "text[]"],
      ["bank_account", "text"],
    ],
  ),
  t(
    "contracts",
    [["id", "text"]],
    [
      ["customer_id", "text"],
      ["payer_id", "text"],
      ["number", "text"],
      ["status", "contract_status"],
      ["signed_at", "date"],
      ["start_date", "date"],
      ["end_date", "date"],
      ["product", "text"],
    ],
  ),
  t(
    "points",
    [["id", "text"]],
    [
      ["contract_id", "text"],
      ["code", "text"],
      ["kind", "point_kind"],
      ["address", "jsonb"],
      ["tariff", "text"],
      ["meter_number", "text"],
      ["distributor", "text"],
      ["self_reading", "boolean"],
      ["reading_window_from", "integer"],
      ["reading_window_to", "integer"],
      ["zones", "text[]"],
    ],
  ),
  t(
    "invoices",
    [["id", "text"]],
    [
      ["customer_id", "text"],
      ["contract_id", "text"],
      ["number", "text"],
      ["kind", "invoice_kind"],
      ["corrects_id", "text"],
      ["issue_date", "date"],
      ["due_date", "date"],
      ["period_from", "date"],
      ["period_to", "date"],
      ["net", "bigint"],
      ["vat", "bigint"],
      ["gross", "bigint"],
      ["ksef_number", "text"],
      ["correction_reason", "text"],
      ["interest_invoice_id", "text"],
      ["interest_days_late", "integer"],
      ["interest_rate_percent", "numeric"],
    ],
  ),
  t(
    "invoice_lines",
    [
      ["invoice_id", "text"],
      ["line_no", "integer"],
    ],
    [
      ["description", "text"],
      ["quantity", "numeric"],
      ["unit", "text"],
      ["net", "bigint"],
      ["vat_rate", "text"],
      ["vat", "bigint"],
      ["gross", "bigint"],
      ["point_id", "text"],
      ["unit_price", "numeric"],
      ["meter_number", "text"],
      ["reading_from", "jsonb"],
      ["reading_to", "jsonb"],
      ["tariff", "text"],
      ["before", "jsonb"],
    ],
    false,
  ),
  t(
    "payments",
    [["id", "text"]],
    [
      ["customer_id", "text"],
      ["date", "date"],
      ["amount", "bigint"],
      ["invoice_id", "text"],
      ["method", "text"],
      ["reference", "text"],
    ],
  ),
  t(
    "readings",
    [["id", "text"]],
    [
      ["point_id", "text"],
      ["date", "date"],
      ["value", "numeric"],
      ["unit", "reading_unit"],
      ["zone", "reading_zone"],
      ["source", "reading_source"],
      ["meter_change", "boolean"],
    ],
  ),
  t(
    "consumption",
    [
      ["point_id", "text"],
      ["period_from", "date"],
      ["period_to", "date"],
    ],
    [
      ["quantity", "numeric"],
      ["unit", "reading_unit"],
    ],
  ),
];

/** Which table holds the records a reference of each kind points at. */
/** The table each record type of the file lands in. */
export const recordTables: Record<RecordType, TableName> = {
  customer: "customers",
  contract: "contracts",
  point: "points",
  invoice: "invoices",
  payment: "payments",
  reading: "readings",
  consumption: "consumption",
};

export const refTables = { customer: "customers", contract: "contracts", point: "points", invoice: "invoices" } as const;
