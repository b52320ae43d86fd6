import type { ReactNode } from "react";
import type { Tenant } from "@/lib/tenant/schema";
import { BrandScope } from "@/components/console/brand-scope";
import { SiteHeader } from "@/components/site-header";
import { SiteFooter } from "@/components/site-footer";

/**
 * One previewed page of a tenant, as the console's frames show it: the tenant's header, the screen
 * and its footer in the tenant's branding. Everything under the note is `inert` — nothing can be
 * focused, clicked or submitted, so no preview form reaches a real action and no link leaves the
 * preview (the overview's iframes also lack `allow-forms`, `allow-popups` and top navigation).
 */
export function PreviewPage({ tenant, screen, children }: { tenant: Tenant; screen: string; children: ReactNode }) {
  return (
    <>
      <p className="border-b border-line bg-white px-4 py-1.5 text-xs text-ink-muted" data-testid="preview-note">
        Podgląd motywu {tenant.names.product} · {screen} · dane przykładowe, formularze i odnośniki są nieaktywne
      </p>
      <BrandScope tenant={tenant} className="flex flex-1 flex-col">
        <div inert className="flex flex-1 flex-col" data-testid="preview-screen">
          <SiteHeader tenant={tenant} />
          <div className="flex flex-1 flex-col">{children}</div>
          <SiteFooter tenant={tenant} />
        </div>
      </BrandScope>
    </>
  );
}
