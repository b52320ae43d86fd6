"use client";

import { ErrorMessage, errorDigest } from "@/components/error-message";
import "./globals.css";

/** The root layout itself failed, so this renders its own document, in the neutral look. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="pl">
      <body className="flex min-h-dvh flex-col">
        <title>Wystąpił błąd — mojBOK</title>
        <main className="flex flex-1 flex-col">
          <ErrorMessage digest={errorDigest(error)} onRetry={retry} />
        </main>
      </body>
    </html>
  );
}
