import Link from "next/link";
import { cardTableClass, TableFrame, tdClass, thClass } from "@/components/billing/card-table";
import { formatDateTime } from "@/lib/format";
import { staffState, staffStateLabels, type ManagedStaff } from "@/lib/staff/staff-admin";

export const roleLabel = (role: string) => (role === "admin" ? "Administrator" : "Pracownik");

export function StaffTable({ people, selfId }: { people: ManagedStaff[]; selfId: string }) {
  return (
    <TableFrame>
      <table className={cardTableClass} data-testid="staff-table">
        <caption className="sr-only">Pracownicy</caption>
        <thead className="border-b border-line bg-surface">
          <tr>
            <th scope="col" className={thClass}>E-mail</th>
            <th scope="col" className={thClass}>Rola</th>
            <th scope="col" className={thClass}>Sprzedawcy</th>
            <th scope="col" className={thClass}>Stan konta</th>
            <th scope="col" className={thClass}>Ostatnie logowanie</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id} className="border-b border-line last:border-b-0" data-testid="staff-row">
              <td data-label="E-mail" className={`${tdClass} wrap-anywhere`}>
                <Link href={`/konsola/pracownicy/${p.id}`} className="font-semibold underline underline-offset-2">
                  {p.email}
                </Link>
                {p.id === selfId ? <span className="text-sm text-ink-muted"> (Ty)</span> : null}
              </td>
              <td data-label="Rola" className={tdClass}>{roleLabel(p.role)}</td>
              <td data-label="Sprzedawcy" className={tdClass}>{p.tenants.join(", ").toUpperCase()}</td>
              <td data-label="Stan konta" className={tdClass}>{staffStateLabels[staffState(p)]}</td>
              <td data-label="Ostatnie logowanie" className={`${tdClass} whitespace-nowrap`}>{p.lastLoginAt ? formatDateTime(p.lastLoginAt) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
