import { Document, Page } from "@react-pdf/renderer";
import type { Tenant } from "@/lib/tenant/schema";
import type { InvoicePdfData } from "./invoice-data";
import { kindTitle } from "./labels";
import { pdfStyles } from "./styles";
import { Header } from "./parts/header";
import { Meta } from "./parts/meta";
import { Parties } from "./parts/parties";
import { LinesTable } from "./parts/lines-table";
import { VatSummaryTable } from "./parts/vat-summary-table";
import { PaymentBox } from "./parts/payment-box";
import { ConsumptionBox } from "./parts/consumption-box";
import { MetersTable } from "./parts/meters-table";
import { CorrectionTable } from "./parts/correction-table";
import { Footer } from "./parts/footer";

/**
 * The invoice / correction / interest note as an A4 PDF in the tenant's branding. `singlePage`: the
 * caller expects one page and wants "Strona 1 z 1" without react-pdf's dynamic re-layout (render.ts).
 */
export function InvoiceDocument({ tenant, data, singlePage = false }: { tenant: Tenant; data: InvoicePdfData; singlePage?: boolean }) {
  const s = pdfStyles(tenant.brand);
  const title = `${kindTitle[data.invoice.kind]} ${data.invoice.number}`;
  return (
    <Document title={title} author={tenant.names.legal} creator={tenant.names.product} producer={tenant.names.product} language="pl">
      <Page size="A4" style={s.page}>
        <Header tenant={tenant} data={data} s={s} />
        <Meta data={data} s={s} />
        <Parties data={data} s={s} />
        <MetersTable data={data} s={s} />
        <CorrectionTable data={data} s={s} />
        {/* A correction whose every line says what it corrects shows them in "Było / Jest / Różnica" only. */}
        {data.invoice.kind === "correction" && data.lines.length > 0 && data.lines.every((l) => l.before !== null) ? null : <LinesTable data={data} s={s} />}
        <VatSummaryTable data={data} s={s} />
        <PaymentBox tenant={tenant} data={data} s={s} />
        <ConsumptionBox data={data} s={s} />
        <Footer tenant={tenant} s={s} singlePage={singlePage} />
      </Page>
    </Document>
  );
}
