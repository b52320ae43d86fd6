import { TabRow, type Tab } from "@/components/portal/tab-row";

/** The sections of Ustawienia, each its own page under /ustawienia (docs/portal.md §11). */
const sections: readonly Tab[] = [
  { id: "account", label: "Dane i hasło", href: "/ustawienia" },
  { id: "notifications", label: "Powiadomienia", href: "/ustawienia/powiadomienia" },
];

export function SettingsTabs({ current, hidden = [] }: { current: string; hidden?: readonly string[] }) {
  return <TabRow label="Ustawienia" tabs={sections.filter((tab) => !hidden.includes(tab.id))} current={current} />;
}
