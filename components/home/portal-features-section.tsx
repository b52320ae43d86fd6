import type { Tenant } from "@/lib/tenant/schema";
import { portalFeatures } from "@/components/home/portal-features";
import { polishNbsp } from "@/components/typography";

/** What the portal offers (the FAQ documents' list), under the sign-in panels of the start page. */
export function PortalFeaturesSection({ tenant }: { tenant: Tenant }) {
  const features = portalFeatures(tenant);
  return (
    <section className="mx-auto w-full max-w-5xl px-4 pb-10 sm:px-6" aria-labelledby="features-title">
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
  );
}
