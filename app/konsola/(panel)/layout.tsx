import type { Metadata } from "next";
import type { ReactNode } from "react";
import { ConsoleNav } from "@/components/console/nav";
import { staffSignOutAction } from "@/components/console/sign-out";
import { consoleNavigation } from "@/lib/staff/navigation";
import { requireStaff } from "@/lib/staff/session";

export const metadata: Metadata = { title: { default: "Konsola mojBOK", template: "%s · konsola mojBOK" } };

/**
 * The signed-in console: neutral header with the person, role and tenants, the sections, sign-out.
 * Every page below calls requireStaff itself as well — a layout does not guard server actions.
 */
export default async function ConsolePanelLayout({ children }: { children: ReactNode }) {
  const { staff } = await requireStaff();
  return (
    <div className="flex flex-1 flex-col">
      <header className="border-b border-line bg-white">
        <div className="mx-auto flex w-full max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
          <p className="font-bold tracking-tight">
            mojBOK <span className="font-normal text-ink-muted">· konsola obsługi</span>
          </p>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <span data-testid="staff-identity">
              {staff.email} · {staff.role === "admin" ? "administrator" : "pracownik"} · {staff.tenants.join(", ").toUpperCase()}
            </span>
            <form action={staffSignOutAction}>
              <button type="submit" className="inline-flex min-h-11 items-center rounded-md border border-line px-3 font-medium hover:bg-surface">
                Wyloguj
              </button>
            </form>
          </div>
        </div>
        <div className="mx-auto w-full max-w-7xl px-2 pb-2 sm:px-4">
          <ConsoleNav items={consoleNavigation(staff.role)} />
        </div>
      </header>
      <div className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 sm:px-6">{children}</div>
    </div>
  );
}
