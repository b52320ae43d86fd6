"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { SignOutButton } from "@/components/portal/sign-out-button";

export type PortalNavItem = { href: string; label: string };

const isCurrent = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`);

/**
 * The tenant's modules as tabs (desktop) and, at phone width, as a list that opens under "Menu" with
 * "Wyloguj" last (documents 000/001: „na liście zakładek (dół listy)”). <details> opens without
 * JavaScript; keyed by the path, it closes again after each navigation.
 */
export function PortalNav({ items }: { items: PortalNavItem[] }) {
  const pathname = usePathname();
  const current = items.find((item) => isCurrent(pathname, item.href));
  return (
    <>
      <nav aria-label="Moduły portalu" className="hidden border-b border-line bg-white md:block">
        <ul className="mx-auto flex max-w-5xl flex-wrap gap-1 px-4 sm:px-6">
          {items.map((item) => {
            const active = item === current;
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={active ? "page" : undefined}
                  className={`inline-flex min-h-12 items-center border-b-4 px-4 font-semibold no-underline ${active ? "border-brand text-brand" : "border-transparent text-ink hover:border-line"}`}
                >
                  {item.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <details key={pathname} className="group border-b border-line bg-white md:hidden" data-testid="phone-menu">
        <summary className="flex min-h-12 cursor-pointer list-none items-center justify-between px-4 font-semibold [&::-webkit-details-marker]:hidden">
          <span>Menu{current ? <span className="font-normal text-ink-muted"> — {current.label}</span> : null}</span>
          <span aria-hidden="true" className="text-xl leading-none transition-transform group-open:rotate-180">
            ▾
          </span>
        </summary>
        <nav aria-label="Moduły portalu (lista zakładek)">
          <ul className="border-t border-line">
            {items.map((item) => {
              const active = item === current;
              return (
                <li key={item.href} className="border-b border-line">
                  <Link
                    href={item.href}
                    aria-current={active ? "page" : undefined}
                    className={`flex min-h-11 items-center border-l-4 px-4 py-2.5 no-underline ${active ? "border-brand bg-surface font-semibold text-brand" : "border-transparent text-ink"}`}
                  >
                    {item.label}
                  </Link>
                </li>
              );
            })}
            <li>
              <SignOutButton variant="tab" />
            </li>
          </ul>
        </nav>
      </details>
    </>
  );
}
