/** The sandbox's payment page: plain HTML forms, Polish, no scripts. */
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function formatPln(grosze: number): string {
  const zl = Math.floor(grosze / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
  return `${zl},${String(grosze % 100).padStart(2, "0")}\u00a0zł`;
}

export function paymentPage(t: { token: string; amount: number; description: string; merchantId: number; state: string }): string {
  const action = (what: string) => `/trnRequest/${encodeURIComponent(t.token)}/${what}`;
  const open = t.state === "new";
  return `<!doctype html>
<html lang="pl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Przelewy24 — sandbox: płatność</title><link rel="icon" href="data:,">
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
.box{border:1px solid #bbb;border-radius:8px;padding:1.25rem}.amount{font-size:1.75rem;font-weight:700}
button{min-height:44px;padding:.5rem 1.25rem;font-size:1rem;border-radius:6px;border:2px solid #b00d2d;cursor:pointer}
.pay{background:#b00d2d;color:#fff}.cancel{background:#fff;color:#b00d2d}.row{display:flex;gap:1rem;flex-wrap:wrap;margin-top:1.25rem}</style></head>
<body><main>
<p>Bramka testowa (sandbox) protokołu Przelewy24 — żadne pieniądze nie są pobierane.</p>
<h1>Płatność</h1>
<div class="box">
<p>Sprzedawca: ${t.merchantId}</p>
<p>Tytuł: ${escape(t.description)}</p>
<p>Kwota: <span class="amount" data-testid="sandbox-amount">${formatPln(t.amount)}</span></p>
${
  open
    ? `<div class="row"><form method="post" action="${action("pay")}"><button class="pay" type="submit">Zapłać</button></form>
<form method="post" action="${action("cancel")}"><button class="cancel" type="submit">Anuluj</button></form></div>`
    : `<p role="status">Ta transakcja jest już zamknięta (${escape(t.state)}).</p>`
}
</div></main></body></html>`;
}
