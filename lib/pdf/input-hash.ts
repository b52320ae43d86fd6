import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { asBuffer } from "@/db/schema/columns";
import type { Tenant } from "@/lib/tenant/schema";
import type { PdfScope } from "./invoice-data";

/**
 * Bump when anything that shapes the PDF's bytes changes outside the data and the tenant file: the
 * layout in lib/pdf, the fonts, react-pdf's version. Every stored PDF is then rendered again on its
 * next download (docs/decisions/0015-stored-invoice-pdfs.md).
 */
export const PDF_RENDERER_VERSION = "invoice-pdf/2";

/** The parts of the tenant file the PDF prints or draws with: names, legal data, contacts, brand (colours, wordmark). */
function tenantInputs(tenant: Tenant) {
  const { id, names, legal, contacts, brand } = tenant;
  return { id, names, legal, contacts, brand };
}

// The tenant files are loaded once per process: their part of the hash is computed once per object.
const tenantDigests = new WeakMap<Tenant, string>();

/** The renderer version and the tenant file's printed data and branding, hashed: the part of the input hash that is not in the database. */
function pdfRendererDigest(tenant: Tenant): string {
  let digest = tenantDigests.get(tenant);
  if (!digest) {
    digest = createHash("sha256")
      .update(PDF_RENDERER_VERSION)
      .update("\0")
      .update(JSON.stringify(tenantInputs(tenant)))
      .digest("base64url");
    tenantDigests.set(tenant, digest);
  }
  return digest;
}

/** The invoice found by tenant + payer + id, the hash of its PDF's current inputs, and the stored PDF of exactly these inputs. */
export type CurrentInvoicePdf = { number: string; inputHash: string; bytes: Buffer | null };

function currentPdfQuery(db: DbOrTx) {
  // Rows of inv's tenant, bound to inv's payer as invoice-data.ts and document-extras.ts bind them.
  const ofPayer = sql`(k.customer_id = inv.customer_id OR k.payer_id = inv.customer_id)`;
  const named = sql`SELECT l.point_id FROM invoice_lines l WHERE l.tenant_id = inv.tenant_id AND l.invoice_id = inv.id AND l.point_id IS NOT NULL`;
  // The points named on the lines, else the contract's (a union, so each half is an index scan).
  const billed = sql`${named} UNION ALL SELECT c.id FROM points c WHERE c.tenant_id = inv.tenant_id AND c.contract_id = inv.contract_id AND NOT EXISTS (${named})`;
  const inputs = sql`jsonb_build_array(
    to_jsonb(inv) - 'updated_at',
    (SELECT to_jsonb(c) - 'updated_at' FROM customers c WHERE c.tenant_id = inv.tenant_id AND c.id = inv.customer_id),
    (SELECT jsonb_agg(to_jsonb(l) ORDER BY l.line_no) FROM invoice_lines l WHERE l.tenant_id = inv.tenant_id AND l.invoice_id = inv.id),
    (SELECT jsonb_agg(jsonb_build_array(p.id, p.code, p.address, p.meter_number, p.tariff) ORDER BY p.id)
      FROM points p JOIN contracts k ON k.tenant_id = p.tenant_id AND k.id = p.contract_id
      WHERE p.tenant_id = inv.tenant_id AND p.id IN (${named}) AND ${ofPayer}),
    (SELECT to_jsonb(c) - 'updated_at' FROM contracts k JOIN customers c ON c.tenant_id = k.tenant_id AND c.id = k.customer_id
      WHERE k.tenant_id = inv.tenant_id AND k.id = inv.contract_id AND k.payer_id = inv.customer_id),
    (SELECT jsonb_build_array(x.number, x.gross, x.due_date) FROM invoices x
      WHERE x.tenant_id = inv.tenant_id AND x.customer_id = inv.customer_id AND x.id = inv.interest_invoice_id),
    (SELECT x.number FROM invoices x WHERE x.tenant_id = inv.tenant_id AND x.customer_id = inv.customer_id AND x.id = inv.corrects_id),
    (SELECT jsonb_agg(jsonb_build_array(u.point_id, u.period_from, u.period_to, u.quantity, u.unit) ORDER BY u.point_id, u.period_from, u.period_to)
      FROM points p
      JOIN contracts k ON k.tenant_id = p.tenant_id AND k.id = p.contract_id
      JOIN consumption u ON u.tenant_id = p.tenant_id AND u.point_id = p.id
      WHERE p.tenant_id = inv.tenant_id AND p.id IN (${billed}) AND ${ofPayer}
        AND ((u.period_from >= inv.period_from AND u.period_to <= inv.period_to)
          OR (u.period_from >= (inv.period_from - interval '1 year')::date AND u.period_to <= (inv.period_to - interval '1 year')::date)))
  )::text`;
  const hash = sql`translate(rtrim(encode(sha256(convert_to(${sql.placeholder("rendererDigest")}::text || ':' || ${inputs}, 'UTF8')), 'base64'), '='), '+/', '-_')`;
  const tags = sql`string_to_array(${sql.placeholder("skipBytesFor")}::text, ',')`;
  // OFFSET 0 keeps the hash a column computed once (the join below would otherwise repeat it).
  return db
    .select({ number: sql<string>`h.number`, inputHash: sql<string>`h.input_hash`, bytes: sql<Buffer | null>`d.bytes`.mapWith(asBuffer) })
    .from(
      sql`(SELECT inv.tenant_id, inv.id, inv.number, ${hash} AS input_hash FROM invoices inv
        WHERE inv.tenant_id = ${sql.placeholder("tenantId")} AND inv.customer_id = ${sql.placeholder("customerId")} AND inv.id = ${sql.placeholder("invoiceId")} OFFSET 0) h
      LEFT JOIN document_pdfs d ON d.tenant_id = h.tenant_id AND d.invoice_id = h.id AND d.input_hash = h.input_hash
        AND NOT ('*' = ANY(${tags}) OR '"' || h.input_hash || '"' = ANY(${tags}))`,
    )
    .prepare("current_invoice_pdf");
}

// Built once per database (or transaction): the statement is prepared — its plan, with this many
// subqueries, takes longer than running it, and postgres.js keeps a prepared statement per
// connection, so PostgreSQL plans it once — and drizzle does not build the SQL again.
const currentPdfQueries = new WeakMap<DbOrTx, ReturnType<typeof currentPdfQuery>>();

/**
 * One statement (docs/decisions/0015-stored-invoice-pdfs.md): the invoice by tenant + payer + id —
 * no row for someone else's document (S13, S14) — the SHA-256 (base64url) of the renderer digest and
 * of the text of every row loadInvoicePdfData reads for it, and, joined on that hash, the stored
 * PDF's bytes, so stale bytes are never read.
 *
 * The rows are the ones invoice-data.ts and document-extras.ts select, under the same conditions: the
 * invoice, the payer, the lines in order, the points the lines name (only of a contract whose
 * customer or payer is the invoice's), the contract's buyer, the late invoice of an interest note,
 * the corrected invoice's number, and the consumption of the billed points (those named, else the
 * contract's, under the same condition) inside the period or the same period a year earlier
 * (PostgreSQL's `- interval '1 year'` clamps 29 February as shiftYears does): only what the PDF
 * prints, so a document is not rendered again for a row it does not print. Whole rows go in as
 * jsonb, less `updated_at` — when the import last wrote a row, not what it says — so a column added
 * later is hashed without a change here. jsonb's text is deterministic (keys ordered, numerics with
 * their scale, dates in ISO, no timestamps left, so no time zone). A change in those queries must be
 * made here too (tests/integration/pdf-store.test.ts changes each input class).
 *
 * `skipBytesFor`: the client's entity tags (If-None-Match) or `*`; the bytes are not read when the
 * current tag is among them (the answer is a 304).
 */
export async function currentInvoicePdf(scope: PdfScope, invoiceId: string, skipBytesFor: readonly string[] = []): Promise<CurrentInvoicePdf | null> {
  const { db, tenant, customerId } = scope;
  let query = currentPdfQueries.get(db);
  if (!query) currentPdfQueries.set(db, (query = currentPdfQuery(db)));
  const [row] = await query.execute({
    tenantId: tenant.id,
    customerId,
    invoiceId,
    rendererDigest: pdfRendererDigest(tenant),
    skipBytesFor: skipBytesFor.join(","),
  });
  return row ?? null;
}
