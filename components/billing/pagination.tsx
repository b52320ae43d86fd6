import Link from "next/link";

const boxClass = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border px-3 font-semibold no-underline";
const linkClass = `${boxClass} border-line bg-white hover:border-brand`;
// Its own colours, not linkClass with overrides: two background utilities on one element resolve by
// stylesheet order, not class order, which once left the current page white on white.
const currentPageClass = `${boxClass} border-brand bg-brand text-brand-contrast`;

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
              <span aria-current="page" className={currentPageClass} data-testid="current-page">
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
