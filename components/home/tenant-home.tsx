import type { Tenant } from "@/lib/tenant/schema";
import { portalFeatures } from "@/components/home/portal-features";
import { polishNbsp } from "@/components/typography";

/** The tenant's start page: product name, its welcome text and what the portal offers. */
export function TenantHome({ tenant }: { tenant: Tenant }) {
  const features = portalFeatures(tenant);
  return (
    <>
      <section className="on-brand bg-brand text-brand-contrast" aria-labelledby="page-title" data-testid="hero">
        <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6 sm:py-14">
          <p className="text-sm font-medium tracking-wide uppercase opacity-90">Elektroniczne Biuro Obsługi Klienta</p>
          <h1 id="page-title" className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">
            {tenant.names.product}
          </h1>
          <p className="mt-4 max-w-2xl text-lg leading-relaxed">{polishNbsp(tenant.texts.welcome)}</p>
        </div>
      </section>

      <section className="mx-auto max-w-5xl px-4 py-10 sm:px-6" aria-labelledby="features-title">
        <h2 id="features-title" className="text-2xl font-semibold tracking-tight">
          Co znajdziesz w serwisie
        </h2>
        <p className="mt-3 max-w-2xl leading-relaxed text-ink-muted">
          {polishNbsp("Po zarejestrowaniu i zalogowaniu masz dostęp do swojego konta o każdej porze i z dowolnego miejsca.")}
        </p>
        <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {features.map((feature) => (
            <li key={feature.module} className="rounded-lg border border-line bg-white p-5 shadow-xs">
              <h3 className="flex items-center gap-2 text-lg font-semibold text-brand">
                <span aria-hidden="true" className="h-4 w-1 rounded-full bg-accent" />
                {feature.label}
              </h3>
              <p className="mt-2 leading-relaxed">{polishNbsp(feature.description)}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
