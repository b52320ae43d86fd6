import type { Metadata } from "next";
import { requireCustomer } from "@/lib/auth/customer";
import { now } from "@/lib/clock";
import { warsawDate } from "@/lib/format";
import { balanceGlance } from "@/lib/dashboard/glance";
import { nextPayment } from "@/lib/dashboard/next-payment";
import { consumptionAtGlance } from "@/lib/dashboard/consumption";
import { ticketsAtGlance } from "@/lib/dashboard/tickets";
import { DashboardTiles } from "@/components/dashboard/dashboard-tiles";
import { BankAccountTile } from "@/components/payments/bank-account-tile";
import { canPayOnline } from "@/lib/payments/access";
import { ROLES, roleAllowed } from "@/lib/auth/customer-scope";

export const metadata: Metadata = { title: "Pulpit" };

/** Pulpit (docs/portal.md §2): the balance, the next payment, consumption at a glance and open tickets. */
export default async function DashboardPage() {
  const { scope } = await requireCustomer({ module: "dashboard", roles: ROLES.view });
  const { tenant } = scope;
  const at = now();
  const today = warsawDate(at);
  const [{ balance, online, bankAccount }, payment, points, tickets] = await Promise.all([
    balanceGlance(scope, today, at),
    nextPayment(scope, today),
    consumptionAtGlance(scope, at),
    roleAllowed(scope.role, ROLES.full) ? ticketsAtGlance(scope) : null,
  ]);
  return (
    <>
      <DashboardTiles tenant={tenant} data={{ today, balance, online, payment, points, tickets, canPay: canPayOnline(scope) }} />
      <BankAccountTile tenant={tenant} bankAccount={bankAccount} />
    </>
  );
}
