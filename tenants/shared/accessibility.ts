import type { TenantInput } from "@/lib/tenant/schema";

/**
 * What every tenant's accessibility statement says about the portal itself (docs/portal.md §16): how
 * it is checked and what is known not to be accessible. The seller's own data (dates, contact person,
 * office) stay in its tenant file.
 */
type Statement = TenantInput["accessibility"];

const portalAssessment: Statement["assessment"] = [
  "Automatyczne testy ekranów portalu narzędziem axe-core (reguły WCAG 2.1 na poziomach A i AA) przy szerokości ekranu 390 px i 1280 px, a deklaracji dostępności i strony dokumentu także przy powiększeniu 200%.",
  "Automatyczne sprawdzenie w przeglądarce, że przy powiększeniu 200% nic nie wychodzi poza ekran, że odnośnik „Przejdź do treści” przenosi do treści strony i że element z fokusem jest wyraźnie obramowany.",
  "Ręczny przegląd zrzutów ekranu stron przy szerokości 390 px i 1280 px.",
];

/** The portal's known shortcomings; `ticketsGenitive` is the tenant's word for tickets ("zgłoszeń", "spraw"). */
function portalShortcomings(ticketsGenitive: string): Statement["shortcomings"] {
  return [
    "Faktury, faktury korygujące i noty odsetkowe do pobrania w formacie PDF nie są dokumentami dostępnymi cyfrowo: nie mają znaczników struktury (nie spełniają PDF/UA). Wszystkie ich dane — pozycje, kwoty, odczyty i wyjaśnienie „Skąd ta kwota?” — są dostępne na stronie dokumentu w portalu.",
    `Załączniki dodawane do ${ticketsGenitive} przez klientów i pracowników Biura Obsługi Klienta (pliki PDF i zdjęcia) mogą nie być dostępne cyfrowo. Na prośbę przekażemy ich treść w inny sposób.`,
  ];
}

const demonstrationNote = "Daty, osoba kontaktowa i dane kontaktowe w tej deklaracji są danymi demonstracyjnymi do zastąpienia danymi sprzedawcy.";

/**
 * A tenant's statement: the portal's dates, status, shortcomings and assessment, with the seller's
 * contact (`name` defaults to the role) and, where it has one, its customer office. The dates and the
 * contact are demonstration values until the seller gives its own (`note`).
 */
export function portalStatement(
  ticketsGenitive: string,
  contact: { name?: string; email: string; phone: string },
  extra: Pick<Statement, "office" | "note"> = { note: demonstrationNote },
): Statement {
  return {
    publishedOn: "2026-12-01",
    updatedOn: "2026-12-05",
    preparedOn: "2026-12-05",
    reviewedOn: "2026-12-05",
    status: "partial",
    shortcomings: portalShortcomings(ticketsGenitive),
    assessment: portalAssessment,
    contact: { name: contact.name ?? "Koordynator do spraw dostępności", email: contact.email, phone: contact.phone },
    ...extra,
  };
}
