import Link from "next/link";
import { pageHref } from "@/lib/tickets/search-params";

/** Previous / next page links that keep the search (plain links, work without JavaScript). */
export function Pagination({ base, values, page, pageCount }: { base: string; values: Record<string, string>; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const link = "inline-flex min-h-11 items-center rounded-md border border-line bg-white px-4 font-semibold text-brand";
  return (
    <nav aria-label="Strony" className="mt-4 flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link className={link} href={pageHref(base, values, page - 1)}>
          ‹ Poprzednia
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-ink-muted">
        Strona {page} z {pageCount}
      </span>
      {page < pageCount ? (
        <Link className={link} href={pageHref(base, values, page + 1)}>
          Następna ›
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
