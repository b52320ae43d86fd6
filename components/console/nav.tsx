"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type ConsoleNavItem = { href: string; label: string };

/** The console's navigation; the current section is marked for assistive technology too. */
export function ConsoleNav({ items }: { items: ConsoleNavItem[] }) {
  const pathname = usePathname();
  const current = (href: string) => (href === "/konsola" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label="Konsola">
      <ul className="flex flex-wrap gap-x-1 gap-y-1 text-sm">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current(item.href) ? "page" : undefined}
              className="inline-flex min-h-11 items-center rounded-md px-3 font-medium text-ink hover:bg-surface aria-[current=page]:bg-ink aria-[current=page]:text-white"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
