import type { Metadata } from "next";
import { ConsoleCard, ConsoleHeading } from "@/components/console/page-heading";
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
      <ConsoleHeading
        back={{ href: "/konsola/pracownicy", label: "Pracownicy" }}
        title="Nowy pracownik"
        intro="Konto dostanie hasło jednorazowe, pokazane tylko raz. Przy pierwszym logowaniu ta osoba ustawi własne hasło i drugi składnik (kod z aplikacji)."
      />
      <ConsoleCard>
        <CreateStaffForm action={createStaffAction} tenants={tenants} />
      </ConsoleCard>
    </>
  );
}
