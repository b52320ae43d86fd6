import type { ReactNode } from "react";
import type { Tenant } from "@/lib/tenant/schema";

/**
 * Renders its children in a tenant's branding inside the (neutral) console: the tenant's CSS custom
 * properties apply to this element only, so several tenants can sit side by side on one page.
 */
export function BrandScope({ tenant, children, className = "" }: { tenant: Pick<Tenant, "id">; children: ReactNode; className?: string }) {
  return (
    <>
      {/* React hoists the stylesheet into <head> and loads it once per tenant. */}
      <link rel="stylesheet" href={`/konsola/motyw/${tenant.id}`} precedence="default" />
      <div data-brand={tenant.id} className={`bg-surface font-sans text-ink ${className}`}>
        {children}
      </div>
    </>
  );
}
