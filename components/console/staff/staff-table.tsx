import Link from "next/link";
import { ScrollRegion, tdClass, thClass } from "@/components/billing/scroll-region";
import { formatDateTime } from "@/lib/format";
import { staffState, staffStateLabels, type ManagedStaff } from "@/lib/staff/staff-admin";

export const roleLabel = (role: string) => (role === "admin" ? "Administrator" : "Pracownik");

export function StaffTable({ people, selfId }: { people: ManagedStaff[]; selfId: string }) {
  return (
    <ScrollRegion label="Lista pracowników">
      <table className="w-full min-w-[48rem] border-collapse text-left" data-testid="staff-table">
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
              <td className={`${tdClass} wrap-anywhere`}>
                <Link href={`/konsola/pracownicy/${p.id}`} className="font-semibold underline underline-offset-2">
                  {p.email}
                </Link>
                {p.id === selfId ? <span className="text-sm text-ink-muted"> (Ty)</span> : null}
              </td>
              <td className={tdClass}>{roleLabel(p.role)}</td>
              <td className={tdClass}>{p.tenants.join(", ").toUpperCase()}</td>
              <td className={tdClass}>{staffStateLabels[staffState(p)]}</td>
              <td className={`${tdClass} whitespace-nowrap`}>{p.lastLoginAt ? formatDateTime(p.lastLoginAt) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
