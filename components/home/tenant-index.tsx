export type TenantLink = { id: string; product: string; legal: string; url: string };

/** The development index on the bare localhost: one card per tenant, linking to its own host. */
export function TenantIndex({ tenants }: { tenants: TenantLink[] }) {
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-12 sm:px-6">
      <p className="text-sm font-medium tracking-wide text-ink-muted uppercase">Środowisko deweloperskie</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">mojBOK – portale sprzedawców</h1>
      <p className="mt-4 leading-relaxed text-ink-muted">
        Każdy sprzedawca ma własny adres portalu. Ta strona jest dostępna tylko lokalnie, pod adresem localhost.
      </p>
      <ul className="mt-8 grid gap-4" data-testid="tenant-index">
        {tenants.map((t) => (
          <li key={t.id} className="rounded-lg border border-line bg-white p-5 shadow-xs">
            <h2 className="text-lg font-semibold">{t.product}</h2>
            <p className="mt-1 text-ink-muted">{t.legal}</p>
            <a href={t.url} className="mt-3 inline-block font-medium break-all text-brand underline underline-offset-2">
              {t.url}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
