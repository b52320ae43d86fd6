import type { Metadata } from "next";
import { renderEmail } from "@/lib/email/render";
import { previewScreen } from "@/lib/staff/preview";
import { previewEmailTemplate } from "@/lib/staff/preview-models";
import { scopeTenants } from "@/lib/staff/scope";
import { requireStaff } from "@/lib/staff/session";
import { PreviewTabs } from "@/components/console/preview/preview-tabs";
import { PreviewFrames, PreviewPdf } from "@/components/console/preview/preview-frames";

export const metadata: Metadata = { title: "Podgląd motywów" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Podgląd motywów (issue 5 item 5): the chosen screen of every tenant in scope side by side — a
 * column per tenant on a wide screen, one under another on a phone — on demo data only.
 */
export default async function PreviewOverviewPage({ searchParams }: Props) {
  const tenants = scopeTenants(await requireStaff());
  const screen = previewScreen((await searchParams).ekran);
  const subjects =
    screen.kind === "email"
      ? new Map(await Promise.all(tenants.map(async (t) => [t.id, (await renderEmail(t, previewEmailTemplate(t))).subject] as const)))
      : null;
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Podgląd motywów</h1>
      <p className="mt-1 max-w-3xl text-sm text-ink-muted">
        Tak wyglądają strony, e-mail i faktura każdego sprzedawcy na telefonie i na komputerze. Podgląd pokazuje wyłącznie dane przykładowe, nigdy dane klienta;
        formularze i odnośniki są w nim nieaktywne.
      </p>
      <PreviewTabs current={screen.id} />
      <div className="mt-6 grid gap-8 lg:grid-cols-3 lg:gap-4">
        {tenants.map((tenant) => (
          <section key={tenant.id} aria-labelledby={`preview-${tenant.id}`} className="min-w-0" data-testid={`preview-column-${tenant.id}`}>
            <h2 id={`preview-${tenant.id}`} className="text-lg font-semibold">
              {tenant.names.product}
              <span className="block text-sm font-normal text-ink-muted">{tenant.names.legal}</span>
            </h2>
            {subjects ? (
              <p className="mt-2 text-sm break-words">
                <span className="text-ink-muted">Temat:</span> {subjects.get(tenant.id)}
              </p>
            ) : null}
            <div className="mt-3">{screen.kind === "pdf" ? <PreviewPdf tenant={tenant} /> : <PreviewFrames tenant={tenant} screen={screen} />}</div>
          </section>
        ))}
      </div>
    </>
  );
}
