import Link from "next/link";

const linkClass = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-line bg-white px-3 font-semibold no-underline hover:border-brand";

/** Page links: "Poprzednia", a window of page numbers, "Następna". Plain links — they work without JS. */
export function Pagination({ page, pages, hrefFor, label }: { page: number; pages: number; hrefFor: (page: number) => string; label: string }) {
  if (pages <= 1) return null;
  const numbers = Array.from({ length: pages }, (_, i) => i + 1).filter((n) => n === 1 || n === pages || Math.abs(n - page) <= 2);
  return (
    <nav aria-label={label} className="mt-4">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1)} className={linkClass} rel="prev">
              Poprzednia
            </Link>
          </li>
        ) : null}
        {numbers.map((n, i) => (
          <li key={n} className="flex items-center gap-2">
            {i > 0 && n - numbers[i - 1]! > 1 ? <span aria-hidden="true">…</span> : null}
            {n === page ? (
              <span aria-current="page" className={`${linkClass} border-brand bg-brand text-brand-contrast`}>
                <span className="sr-only">Strona </span>
                {n}
              </span>
            ) : (
              <Link href={hrefFor(n)} className={linkClass}>
                <span className="sr-only">Strona </span>
                {n}
              </Link>
            )}
          </li>
        ))}
        {page < pages ? (
          <li>
            <Link href={hrefFor(page + 1)} className={linkClass} rel="next">
              Następna
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
