import Link from "next/link";
import type { Tenant } from "@/lib/tenant/schema";

/** Data URI of the tenant's wordmark. An SVG shown as an image cannot run scripts or load anything. */
function svgDataUri(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** The wordmark's own width and height, so the image keeps its shape and reserves its space. */
function svgSize(svg: string): { width: number; height: number } {
  const width = Number(/\bwidth="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 120);
  const height = Number(/\bheight="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 40);
  return { width, height };
}

export function SiteHeader({ tenant }: { tenant: Tenant }) {
  const { width, height } = svgSize(tenant.brand.wordmarkSvg);
  return (
    <header className="border-t-4 border-b border-t-brand border-b-line bg-white" data-testid="site-header">
      <div className="mx-auto flex max-w-5xl items-center gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="flex min-w-0 items-center gap-3 rounded-sm text-ink no-underline">
          {/* A data-URI image, not next/image: nothing to optimise, and no extra request. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={svgDataUri(tenant.brand.wordmarkSvg)} alt="" width={width} height={height} className="h-9 w-auto shrink-0" />
          <span className="flex min-w-0 flex-col border-l border-line pl-3 leading-tight">
            <span className="text-lg font-semibold text-brand" data-testid="product-name">
              {tenant.names.product}
            </span>
            <span className="truncate text-sm text-ink-muted">{tenant.names.short}</span>
          </span>
        </Link>
      </div>
    </header>
  );
}
