import type { Metadata } from "next";
import { formatDateTime } from "@/lib/format";
import { ownAccountDates, staffPasswordPolicy } from "@/lib/staff/auth";
import { scopeTenants } from "@/lib/staff/scope";
import { requireStaff } from "@/lib/staff/session";
import { StaffChangePasswordForm } from "@/components/console/change-password-form";
import { changeStaffPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Moje konto" };

/** The signed-in person: who they are to the console, and their own password change. */
export default async function StaffAccountPage() {
  const scope = await requireStaff();
  const { staff } = scope;
  const me = await ownAccountDates(scope);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Moje konto</h1>
      <dl className="mt-4 grid max-w-2xl grid-cols-[max-content_minmax(0,1fr)] gap-x-6 gap-y-1 rounded-lg border border-line bg-white p-4 text-sm">
        <dt className="text-ink-muted">E-mail</dt>
        <dd className="wrap-anywhere">{staff.email}</dd>
        <dt className="text-ink-muted">Rola</dt>
        <dd>{staff.role === "admin" ? "administrator" : "pracownik"}</dd>
        <dt className="text-ink-muted">Sprzedawcy</dt>
        <dd>
          {scopeTenants(scope)
            .map((t) => t.names.product)
            .join(", ")}
        </dd>
        <dt className="text-ink-muted">Ostatnie logowanie</dt>
        <dd>{me.lastLoginAt ? formatDateTime(me.lastLoginAt) : "—"}</dd>
        <dt className="text-ink-muted">Hasło zmienione</dt>
        <dd>{me.passwordChangedAt ? formatDateTime(me.passwordChangedAt) : "—"}</dd>
      </dl>
      <h2 className="mt-8 mb-3 text-lg font-semibold">Zmień hasło</h2>
      <StaffChangePasswordForm action={changeStaffPasswordAction} hint={staffPasswordPolicy.hint} />
    </>
  );
}
