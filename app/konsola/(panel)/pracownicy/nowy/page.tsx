import type { Metadata } from "next";
import Link from "next/link";
import { CreateStaffForm } from "@/components/console/staff/staff-forms";
import { scopeTenants } from "@/lib/staff/scope";
import { requireStaff } from "@/lib/staff/session";
import { createStaffAction } from "../actions";

export const metadata: Metadata = { title: "Nowy pracownik" };

/** A new account: the one-time password is shown once, in place of the form. */
export default async function NewStaffPage() {
  const tenants = scopeTenants(await requireStaff({ role: "admin" })).map((t) => ({ id: t.id, label: `${t.names.product} (${t.names.legal})` }));
  return (
    <>
      <p className="text-sm">
        <Link href="/konsola/pracownicy" className="font-medium underline underline-offset-2">
          ← Pracownicy
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">Nowy pracownik</h1>
      <p className="mt-1 max-w-prose text-sm text-ink-muted">
        Konto dostanie hasło jednorazowe, pokazane tylko raz. Przy pierwszym logowaniu ta osoba ustawi własne hasło i drugi składnik (kod z aplikacji).
      </p>
      <div className="mt-6 max-w-2xl rounded-lg border border-line bg-white p-5 shadow-sm sm:p-7">
        <CreateStaffForm action={createStaffAction} tenants={tenants} />
      </div>
    </>
  );
}
