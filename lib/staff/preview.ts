import type { Customer, Invoice, InvoiceLine } from "@/db/schema";
import { addressRow, invoiceColumns, invoiceLineColumns } from "@/lib/import/columns";
import { warsawDate } from "@/lib/format";
import { demoContext } from "@/lib/demo/generate";
import { demoCustomerRecords } from "@/lib/demo/customer";
import { demoIdentitiesFor } from "@/lib/demo/identities";
import { recordSchemas, type ParsedOf } from "@/lib/import/records";
import type { Tenant } from "@/lib/tenant/schema";

/**
 * The theme preview's data (issue 5 item 5): one demo customer per tenant, generated in memory by
 * the same deterministic generator as the demo seed and parsed by the import's own schemas — never
 * read from the database, so no real customer can ever appear in a preview.
 */

/** The screens of /konsola/podglad, in the order of the overview's tabs. */
export const previewScreens = [
  { id: "logowanie", label: "Logowanie", kind: "page" },
  { id: "rejestracja", label: "Rejestracja", kind: "page" },
  { id: "pulpit", label: "Pulpit", kind: "page" },
  { id: "email", label: "E-mail", kind: "email" },
  { id: "faktura", label: "Faktura PDF", kind: "pdf" },
] as const;

export type PreviewScreen = (typeof previewScreens)[number];
export type PreviewScreenId = PreviewScreen["id"];

/** `?ekran=…` → a known screen; anything else → the first one. */
export function previewScreen(value: string | string[] | undefined): PreviewScreen {
  return previewScreens.find((s) => s.id === value) ?? previewScreens[0];
}

/** Where the overview's frames load each screen from. */
export function previewPath(tenantId: string, screen: PreviewScreenId): string {
  if (screen === "faktura") return `/konsola/podglad/${tenantId}/faktura.pdf`;
  return `/konsola/podglad/${tenantId}/${screen}`;
}

export type DemoInvoice = { invoice: Invoice; lines: InvoiceLine[] };

export type DemoWorld = {
  tenant: Tenant;
  /** "YYYY-MM-DD" in Warsaw: the demo history runs to the month before it. */
  today: string;
  customer: Customer;
  contracts: ParsedOf<"contract">[];
  points: ParsedOf<"point">[];
  /** Oldest first, as generated. */
  invoices: DemoInvoice[];
  payments: ParsedOf<"payment">[];
  consumption: ParsedOf<"consumption">[];
};

/**
 * The customer whose data the preview shows: the tenant's documented demo-login persona (a
 * customer who owes something, so the balance and the overdue colours show), else the first one.
 */
function previewCustomerIndex(tenantId: string): number {
  return Math.max(
    0,
    demoIdentitiesFor(tenantId).findIndex((identity) => identity.role === "demo-login"),
  );
}

function invoiceRow(tenantId: string, r: ParsedOf<"invoice">, at: Date): DemoInvoice {
  const invoice: Invoice = { tenantId, ...invoiceColumns(r), updatedAt: at };
  const lines: InvoiceLine[] = invoiceLineColumns(r).map((line) => ({ tenantId, ...line }));
  return { invoice, lines };
}

/** The tenant's preview customer and its history as of `at`. Same tenant and day → the same world. */
export function demoWorld(tenant: Tenant, at: Date): DemoWorld {
  const today = warsawDate(at);
  const schemas = recordSchemas(tenant);
  const world: DemoWorld = {
    tenant,
    today,
    customer: undefined as unknown as Customer,
    contracts: [],
    points: [],
    invoices: [],
    payments: [],
    consumption: [],
  };
  for (const record of demoCustomerRecords(demoContext(tenant, { customers: 1, today }), previewCustomerIndex(tenant.id))) {
    // Parsed exactly as an import would parse it: amounts become grosze, optional fields null.
    switch (record.type) {
      case "customer": {
        const c = schemas.customer.parse(record);
        world.customer = {
          tenantId: tenant.id,
          id: c.id,
          kind: c.kind,
          pesel: c.pesel,
          nip: c.nip,
          customerNumber: c.customerNumber,
          name: c.name,
          email: c.email,
          phone: c.phone,
          address: addressRow(c.address),
          registrationProofs: c.registrationProofs ?? ["lastInvoice"],
          bankAccount: c.bankAccount,
          correspondenceAddress: null,
          updatedAt: at,
        };
        break;
      }
      case "contract":
        world.contracts.push(schemas.contract.parse(record));
        break;
      case "point":
        world.points.push(schemas.point.parse(record));
        break;
      case "invoice":
        world.invoices.push(invoiceRow(tenant.id, schemas.invoice.parse(record), at));
        break;
      case "payment":
        world.payments.push(schemas.payment.parse(record));
        break;
      case "consumption":
        world.consumption.push(schemas.consumption.parse(record));
        break;
    }
  }
  if (!world.customer) throw new Error(`the demo generator made no customer for ${tenant.id}`);
  return world;
}
