import type { Tenant } from "@/lib/tenant/schema";
import { previewPath, type PreviewScreen } from "@/lib/staff/preview";

/**
 * A tenant's screen at phone and desktop width. Each iframe is as wide as the real device and
 * scaled down with Tailwind's scale classes (the CSP forbids inline styles); the box around it has
 * the scaled size and clips the rest, so the console page never scrolls sideways.
 *
 * Sandbox: pages keep their scripts (a page without them would show its <noscript> notices) but
 * get no forms, popups or top navigation; the e-mail gets nothing at all.
 */
const sizes = {
  phone: {
    label: "Telefon, 390 px",
    box: "h-[633px] w-[293px]",
    frame: "h-[844px] w-[390px] scale-75",
  },
  desktop: {
    label: "Komputer, 1280 px",
    box: "h-[200px] w-[320px] sm:h-[240px] sm:w-[384px]",
    frame: "h-[800px] w-[1280px] scale-25 sm:scale-30",
  },
} as const;

const linkClass = "font-medium text-ink underline underline-offset-2 hover:decoration-2";

export function PreviewFrames({ tenant, screen }: { tenant: Tenant; screen: PreviewScreen }) {
  const src = previewPath(tenant.id, screen.id);
  const sandbox = screen.kind === "email" ? "" : "allow-same-origin allow-scripts";
  return (
    <div className="flex flex-wrap items-start gap-4">
      {(["phone", "desktop"] as const).map((size) => (
        <figure key={size} className="grid gap-1.5">
          <div className={`overflow-hidden rounded-md border border-line bg-white shadow-xs ${sizes[size].box}`}>
            <iframe
              src={src}
              title={`${tenant.names.product}: ${screen.label.toLowerCase()}, ${sizes[size].label.toLowerCase()}`}
              sandbox={sandbox}
              className={`origin-top-left border-0 ${sizes[size].frame}`}
              data-testid={`preview-frame-${size}`}
            />
          </div>
          <figcaption className="text-sm text-ink-muted">{sizes[size].label}</figcaption>
        </figure>
      ))}
      <p className="basis-full text-sm">
        <a href={src} target="_blank" rel="noopener" className={linkClass}>
          Otwórz w pełnym rozmiarze<span className="sr-only"> ({tenant.names.product}, otwiera się w nowej karcie)</span>
        </a>
      </p>
    </div>
  );
}

/** The invoice as a PDF has no screen width: one frame (browsers show it in their PDF viewer) and a download. */
export function PreviewPdf({ tenant }: { tenant: Tenant }) {
  const src = previewPath(tenant.id, "faktura");
  return (
    <div className="grid gap-2">
      <div className="h-[520px] w-full overflow-hidden rounded-md border border-line bg-white shadow-xs">
        {/* #view=FitH: the viewer opens at the frame's width, so the whole page width shows. */}
        <iframe src={`${src}#view=FitH`} title={`${tenant.names.product}: faktura PDF`} className="h-full w-full border-0" data-testid="preview-frame-pdf" />
      </div>
      <p className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
        <a href={src} download className={linkClass}>
          Pobierz fakturę (PDF)<span className="sr-only"> — {tenant.names.product}</span>
        </a>
        <a href={src} target="_blank" rel="noopener" className={linkClass}>
          Otwórz w nowej karcie<span className="sr-only"> ({tenant.names.product})</span>
        </a>
      </p>
    </div>
  );
}
