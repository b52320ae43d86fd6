import type { Metadata } from "next";
import Link from "next/link";
import { getHostTarget } from "@/lib/tenant/server";

export const metadata: Metadata = { title: "Nie znaleziono strony" };

/** 404 for unknown paths and unknown hosts. It names no seller: an unknown host gets no tenant's data. */
export default async function NotFound() {
  const target = await getHostTarget();
  const hasHome = target?.kind === "tenant" || target?.kind === "index";
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-16 sm:px-6">
      <p className="text-sm font-medium tracking-wide text-ink-muted uppercase">Błąd 404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">Nie znaleziono strony</h1>
      <p className="mt-4 leading-relaxed">
        Strona pod tym adresem nie istnieje lub została przeniesiona. Sprawdź, czy adres w pasku przeglądarki jest wpisany poprawnie.
      </p>
      {hasHome ? (
        <p className="mt-6">
          <Link href="/" className="font-medium text-brand underline underline-offset-2">
            Przejdź do strony głównej
          </Link>
        </p>
      ) : null}
    </div>
  );
}
