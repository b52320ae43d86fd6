/** The first focusable element of every page (WCAG 2.4.1): hidden until it receives focus. */
export function SkipLink() {
  return (
    <a
      href="#tresc"
      className="sr-only rounded-md bg-white px-4 py-3 font-semibold text-ink shadow-md focus:not-sr-only focus:absolute focus:top-3 focus:left-3 focus:z-50"
    >
      Przejdź do treści
    </a>
  );
}
