import Link from "next/link";
import { tdClass } from "@/components/billing/card-table";
import { ConsoleTable, consoleRowClass } from "@/components/console/console-table";
import { formatDateTime } from "@/lib/format";
import { staffState, staffStateLabels, type ManagedStaff } from "@/lib/staff/staff-admin";

export const roleLabel = (role: string) => (role === "admin" ? "Administrator" : "Pracownik");

export function StaffTable({ people, selfId }: { people: ManagedStaff[]; selfId: string }) {
  return (
    <ConsoleTable caption="Pracownicy" columns={["E-mail", "Rola", "Sprzedawcy", "Stan konta", "Ostatnie logowanie"]} testId="staff-table">
      {people.map((p) => (
        <tr key={p.id} className={consoleRowClass} data-testid="staff-row">
          <td data-label="E-mail" className={`${tdClass} wrap-anywhere`}>
            <Link href={`/konsola/pracownicy/${p.id}`} className="font-semibold underline underline-offset-2">
              {p.email}
            </Link>
            {p.id === selfId ? <span className="text-sm text-ink-muted"> (Ty)</span> : null}
          </td>
          <td data-label="Rola" className={tdClass}>
            {roleLabel(p.role)}
          </td>
          <td data-label="Sprzedawcy" className={tdClass}>
            {p.tenants.join(", ").toUpperCase()}
          </td>
          <td data-label="Stan konta" className={tdClass}>
            {staffStateLabels[staffState(p)]}
          </td>
          <td data-label="Ostatnie logowanie" className={`${tdClass} whitespace-nowrap`}>
            {p.lastLoginAt ? formatDateTime(p.lastLoginAt) : "—"}
          </td>
        </tr>
      ))}
    </ConsoleTable>
  );
}
