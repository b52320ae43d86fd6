import type { Metadata } from "next";
import Link from "next/link";
import { StaffTable } from "@/components/console/staff/staff-table";
import { listManagedStaff } from "@/lib/staff/staff-admin";
import { requireStaff } from "@/lib/staff/session";

export const metadata: Metadata = { title: "Pracownicy" };

/** The people whose tenants all lie within the admin's own. */
export default async function ConsoleStaffPage() {
  const scope = await requireStaff({ role: "admin" });
  const people = await listManagedStaff(scope);
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Pracownicy</h1>
          <p className="mt-1 text-sm text-ink-muted">Konta obsługi z dostępem wyłącznie do Twoich sprzedawców.</p>
        </div>
        <Link href="/konsola/pracownicy/nowy" className="inline-flex min-h-11 items-center rounded-md bg-ink px-4 font-semibold text-white hover:opacity-90">
          Dodaj pracownika
        </Link>
      </div>
      <StaffTable people={people} selfId={scope.staff.id} />
    </>
  );
}
