import Link from "next/link";
import type { ReactNode } from "react";
import { AuthCard, linkClass } from "@/components/auth/auth-card";

/** The frame of the signed-out account pages (recovery, reset link): the narrower account card. */
export function RecoveryCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <AuthCard title={title} width="narrow">
      {children}
    </AuthCard>
  );
}

export function BackToSignIn({ label = "Wróć do logowania" }: { label?: string }) {
  return (
    <p className="mt-6 text-sm">
      <Link href="/" className={linkClass}>
        {label}
      </Link>
    </p>
  );
}
