import Link from "next/link";
import type { ReactNode } from "react";

/** The frame of the signed-out account pages (recovery, reset link): a titled card on the tinted page. */
export function RecoveryCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-xl px-4 py-8 sm:px-6 sm:py-12">
      <section aria-labelledby="page-title" className="rounded-lg border border-line bg-white p-5 shadow-xs sm:p-8">
        <h1 id="page-title" className="text-2xl font-bold tracking-tight text-brand">
          {title}
        </h1>
        <div className="mt-5">{children}</div>
      </section>
    </div>
  );
}

export function BackToSignIn({ label = "Wróć do logowania" }: { label?: string }) {
  return (
    <p className="mt-6 text-sm">
      <Link href="/" className="font-medium text-brand underline underline-offset-2 hover:decoration-2">
        {label}
      </Link>
    </p>
  );
}
