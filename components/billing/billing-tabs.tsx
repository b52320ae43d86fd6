import { TabRow } from "@/components/portal/tab-row";

/** "Dokumenty" / "Historia wpłat" on /faktury: two views of one page, chosen by ?widok= (a link, no JS). */
export function BillingTabs({ path, current }: { path: string; current: "documents" | "payments" }) {
  const tabs = [
    { id: "documents", label: "Dokumenty", href: path },
    { id: "payments", label: "Historia wpłat", href: `${path}?widok=wplaty` },
  ];
  return <TabRow label="Widok" tabs={tabs} current={current} />;
}
