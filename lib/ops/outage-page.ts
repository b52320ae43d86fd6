import type { Tenant } from "@/lib/tenant/schema";

/**
 * The page proxy.ts answers with, status 503 and Retry-After, while the database is away
 * (lib/ops/db-outage.ts). Plain HTML, no React: nothing that renders may touch the database, and the
 * page must not need the app's stylesheet bundle. In the tenant's colours and with its wordmark and
 * phone number; an unknown host gets the same text without any seller's name.
 */
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function outagePageHtml(tenant: Tenant | undefined, nonce: string, retryAfterSeconds: number): string {
  const brand = tenant?.brand;
  const title = tenant ? `Przerwa techniczna · ${tenant.names.product}` : "Przerwa techniczna";
  const wordmark = brand
    ? `<img src="data:image/svg+xml;base64,${Buffer.from(brand.wordmarkSvg).toString("base64")}" alt="${escape(tenant.names.short)}" height="36">`
    : "";
  const contact = tenant ? `<p>W pilnych sprawach zadzwoń do Biura Obsługi Klienta: <strong>${escape(tenant.contacts.phone)}</strong>.</p>` : "";
  return `<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${retryAfterSeconds}">
<meta name="robots" content="noindex">
<title>${escape(title)}</title>
<style nonce="${escape(nonce)}">
body{margin:0;font-family:${brand?.fontStack ?? "system-ui, sans-serif"};background:${brand?.surface ?? "#ffffff"};color:${brand?.text ?? "#1a1a1a"}}
header{border-bottom:4px solid ${brand?.primary ?? "#444444"};padding:16px 24px}
main{max-width:40rem;margin:0 auto;padding:48px 24px;line-height:1.6}
.label{font-size:.875rem;text-transform:uppercase;letter-spacing:.05em;opacity:.75;margin:0}
h1{font-size:1.875rem;margin:.5rem 0 1rem}
a{color:${brand?.primary ?? "#444444"};font-weight:600}
</style>
</head>
<body>
<header>${wordmark}</header>
<main role="alert">
<p class="label">Błąd 503</p>
<h1>Serwis chwilowo niedostępny</h1>
<p>Trwa przerwa techniczna i nie możemy teraz wyświetlić tej strony. Twoje dane są bezpieczne. Spróbuj ponownie za kilka minut — strona odświeży się sama.</p>
${contact}
<p><a href="">Spróbuj ponownie</a></p>
</main>
</body>
</html>
`;
}
