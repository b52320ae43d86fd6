import { TabRow, type Tab } from "@/components/portal/tab-row";
import { roleAllowed, type AllowedRoles, type CustomerRole } from "@/lib/auth/customer-scope";

/**
 * The sections of Ustawienia, each its own page under /ustawienia (docs/portal.md §11). A section
 * names the roles its page admits (docs/accounts.md §17); without them it is the holder's only, and a
 * delegate does not see its tab.
 */
const sections: readonly (Tab & { roles?: AllowedRoles })[] = [
  { id: "account", label: "Dane i hasło", href: "/ustawienia" },
  { id: "security", label: "Bezpieczeństwo", href: "/ustawienia/bezpieczenstwo" },
  { id: "notifications", label: "Powiadomienia", href: "/ustawienia/powiadomienia" },
  { id: "sessions", label: "Aktywne sesje", href: "/ustawienia/sesje" },
  { id: "delegates", label: "Pełnomocnicy", href: "/ustawienia/pelnomocnicy" },
];

export function SettingsTabs({ current, hidden = [], role = "holder" }: { current: string; hidden?: readonly string[]; role?: CustomerRole }) {
  const shown = sections.filter((tab) => !hidden.includes(tab.id) && roleAllowed(role, tab.roles));
  return <TabRow label="Ustawienia" look="buttons" tabs={shown.map(({ id, label, href }) => ({ id, label, href }))} current={current} />;
}
