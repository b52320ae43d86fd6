import { qrModel, transferQrDescription } from "@/lib/payments/transfer";

/**
 * The transfer QR code as inline SVG drawn on the server (vector, no script, nothing for the CSP to
 * allow); its text alternative says what scanning it fills in. `data-payload` carries the text it
 * encodes, so a test can check the drawing against the payload.
 */
export function TransferQr({ payload }: { payload: string }) {
  const { size, path } = qrModel(payload);
  return (
    <figure className="grid justify-items-start gap-2">
      <svg
        role="img"
        aria-label={transferQrDescription(payload)}
        viewBox={`0 0 ${size} ${size}`}
        width={176}
        height={176}
        shapeRendering="crispEdges"
        className="rounded-sm bg-white"
        data-testid="transfer-qr"
        data-payload={payload}
      >
        <rect width={size} height={size} fill="#ffffff" />
        <path d={path} fill="#000000" />
      </svg>
      <figcaption className="max-w-xs text-sm text-ink-muted">Zeskanuj kod w aplikacji banku — wypełni przelew za Ciebie.</figcaption>
    </figure>
  );
}
