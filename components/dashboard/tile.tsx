import Link from "next/link";
import type { ReactNode } from "react";

/** One Pulpit tile: a heading, its content and the links to the module, all in the same frame. */
export function Tile({ id, title, children, links }: { id: string; title: string; children: ReactNode; links: { href: string; label: string }[] }) {
  return (
    <section className="flex flex-col rounded-lg border border-line bg-white p-5 shadow-xs sm:p-6" aria-labelledby={`${id}-title`} data-testid={`${id}-tile`}>
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      <div className="mt-3 flex-1">{children}</div>
      {links.length ? (
        <p className="mt-4 flex flex-wrap gap-x-5 gap-y-1">
          {links.map((link) => (
            <Link
              key={link.href}
              href={link.href}
              className="inline-flex min-h-11 items-center font-semibold text-brand underline underline-offset-2 hover:no-underline"
            >
              {link.label}
            </Link>
          ))}
        </p>
      ) : null}
    </section>
  );
}
