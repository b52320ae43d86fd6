import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { devToolsEnabled } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { listMailbox } from "@/lib/email/mailbox";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";
export const metadata: Metadata = { title: "Skrzynka deweloperska", robots: { index: false } };

const statusLabel = { pending: "w kolejce", sent: "wysłana", dead: "niedoręczona" } as const;

/** GET /dev/mailbox — every message of the outbox, newest first, on any host; 404 in production. */
export default async function MailboxPage({ searchParams }: { searchParams: Promise<{ to?: string | string[] }> }) {
  if (!devToolsEnabled()) notFound();
  const raw = (await searchParams).to;
  const to = (Array.isArray(raw) ? raw[0] : raw)?.trim() || null;
  const messages = await listMailbox(await getDb(), { to, limit: 200 });

  return (
    <main className="mx-auto max-w-4xl p-4">
      <h1 className="mb-2 text-2xl font-bold">Skrzynka deweloperska</h1>
      <p className="mb-4">
        Wiadomości z kolejki e-mail (najnowsze na górze). Widoczne tylko poza produkcją. Wersja JSON:{" "}
        <a className="underline" href={`/dev/mailbox.json${to ? `?to=${encodeURIComponent(to)}` : ""}`}>
          /dev/mailbox.json
        </a>
      </p>
      <form method="get" className="mb-6 flex flex-wrap items-end gap-2" role="search">
        <label className="flex flex-col">
          Adresat
          <input className="border px-2 py-1" type="email" name="to" defaultValue={to ?? ""} autoComplete="off" />
        </label>
        <button className="border px-3 py-1" type="submit">
          Filtruj
        </button>
        {to && (
          <a className="underline" href="/dev/mailbox">
            Pokaż wszystkie
          </a>
        )}
      </form>
      {messages.length === 0 ? (
        <p role="status">Brak wiadomości{to ? ` do ${to}` : ""}.</p>
      ) : (
        <ol className="space-y-6" aria-label="Wiadomości">
          {messages.map((m) => (
            <li key={m.id} className="border-t pt-4">
              <article aria-labelledby={`subject-${m.id}`}>
                <h2 id={`subject-${m.id}`} className="text-lg font-semibold">
                  {m.subject}
                </h2>
                <dl className="my-2 grid grid-cols-[auto_1fr] gap-x-4">
                  <dt>Do</dt>
                  <dd>{m.to}</dd>
                  <dt>Sprzedawca</dt>
                  <dd>{m.tenant ?? "zaplecze"}</dd>
                  <dt>Utworzona</dt>
                  <dd>
                    <time dateTime={m.createdAt}>{formatDateTime(new Date(m.createdAt))}</time>
                  </dd>
                  <dt>Stan</dt>
                  <dd>{statusLabel[m.status]}</dd>
                </dl>
                <pre className="overflow-x-auto whitespace-pre-wrap border p-2 text-sm">{m.text}</pre>
                <p className="mt-2">
                  <a className="underline" href={`/dev/mailbox/${m.id}/html`} target="_blank" rel="noopener noreferrer">
                    Wersja HTML<span className="sr-only"> wiadomości „{m.subject}”</span> (otwiera się w nowej karcie)
                  </a>
                </p>
              </article>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
