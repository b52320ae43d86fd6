/**
 * The generic error page (S24): it never shows the error's message or stack, only the digest that
 * matches the server log, so customer service can find the cause.
 */
export function ErrorMessage({ digest, onRetry }: { digest?: string; onRetry: () => void }) {
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-16 sm:px-6" role="alert">
      <p className="text-sm font-medium tracking-wide text-ink-muted uppercase">Błąd serwera</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">Wystąpił nieoczekiwany błąd</h1>
      <p className="mt-4 leading-relaxed">
        Przepraszamy, nie udało się wyświetlić tej strony. Spróbuj ponownie za chwilę. Jeśli problem będzie się powtarzał, skontaktuj się z Biurem Obsługi
        Klienta.
      </p>
      {digest ? (
        <p className="mt-4 text-sm text-ink-muted">
          Kod błędu: <code className="font-mono">{digest}</code>
        </p>
      ) : null}
      <button type="button" onClick={onRetry} className="mt-6 rounded-md bg-brand px-5 py-3 font-semibold text-brand-contrast hover:opacity-90">
        Spróbuj ponownie
      </button>
    </div>
  );
}

/** The digest of a server error, if the thrown value carries one (Next adds it in production). */
export function errorDigest(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("digest" in error)) return undefined;
  const digest = (error as { digest?: unknown }).digest;
  return typeof digest === "string" && /^[\w-]{1,64}$/.test(digest) ? digest : undefined;
}
