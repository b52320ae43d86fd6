import Link from "next/link";
import type { Tenant } from "@/lib/tenant/schema";
import { polishNbsp } from "@/components/typography";

/** "+48 718 898 888" → "tel:+48718898888" */
function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

const linkClass = "font-medium text-brand underline decoration-1 underline-offset-2 hover:decoration-2";

/**
 * Every page's footer: the seller's contacts worded as in its documents ("tel.: …*", "e-mail: … –
 * Klient indywidualny"), its legal name and address, and the legal documents.
 */
export function SiteFooter({ tenant }: { tenant: Tenant }) {
  const { contacts, legal, names } = tenant;
  return (
    <footer className="mt-auto border-t border-line bg-white" data-testid="site-footer">
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-10 sm:px-6 md:grid-cols-[3fr_2fr]">
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact" className="text-base font-semibold">
            Kontakt z Biurem Obsługi Klienta
          </h2>
          <ul className="mt-3 grid gap-2 text-sm leading-relaxed">
            <li>
              tel.:{" "}
              <a href={telHref(contacts.phone)} className={`${linkClass} whitespace-nowrap`}>
                {contacts.phone}
              </a>
              {contacts.phoneNote ? <span aria-hidden="true">*</span> : null}
            </li>
            <li>
              e-mail:{" "}
              <a href={`mailto:${contacts.emailIndividual}`} className={`${linkClass} break-all`}>
                {contacts.emailIndividual}
              </a>{" "}
              – Klient indywidualny
            </li>
            <li>
              e-mail:{" "}
              <a href={`mailto:${contacts.emailBusiness}`} className={`${linkClass} break-all`}>
                {contacts.emailBusiness}
              </a>{" "}
              – Klient biznesowy
            </li>
            {contacts.hours ? <li>Godziny pracy: {contacts.hours}</li> : null}
            {contacts.phoneNote ? (
              <li className="text-ink-muted">
                <span aria-hidden="true">*</span>
                {contacts.phoneNote}
              </li>
            ) : null}
          </ul>
        </section>
        <div className="grid content-start gap-4 text-sm">
          <nav aria-label="Dokumenty">
            <ul className="grid gap-2">
              <li>
                <Link href="/regulamin" className={linkClass}>
                  Regulamin
                </Link>
              </li>
              <li>
                <Link href="/polityka-prywatnosci" className={linkClass}>
                  Polityka prywatności i cookies
                </Link>
              </li>
              <li>
                <Link href="/deklaracja-dostepnosci" className={linkClass}>
                  Deklaracja dostępności
                </Link>
              </li>
            </ul>
          </nav>
          <p className="leading-relaxed text-ink-muted">
            <span className="block font-medium text-ink">{polishNbsp(names.legal)}</span>
            {legal.address.street}, {legal.address.postalCode}&nbsp;{legal.address.city}
          </p>
        </div>
      </div>
    </footer>
  );
}
