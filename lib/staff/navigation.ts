import type { StaffRole } from "./session-store";

/** The console's sections; admin-only ones are hidden from staff (and their pages answer 404). */
const sections: { href: string; label: string; admin?: boolean }[] = [
  { href: "/konsola", label: "Pulpit" },
  { href: "/konsola/klienci", label: "Klienci" },
  { href: "/konsola/zgloszenia", label: "Zgłoszenia" },
  { href: "/konsola/podglad", label: "Podgląd motywów" },
  { href: "/konsola/regulaminy", label: "Regulaminy", admin: true },
  { href: "/konsola/klucze-importu", label: "Klucze importu", admin: true },
  { href: "/konsola/pracownicy", label: "Pracownicy", admin: true },
  { href: "/konsola/dziennik", label: "Dziennik zdarzeń" },
  { href: "/konsola/moje-konto", label: "Moje konto" },
];

export const consoleNavigation = (role: StaffRole) => sections.filter((s) => !s.admin || role === "admin").map(({ href, label }) => ({ href, label }));
