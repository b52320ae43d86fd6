import Link from "next/link";
import type { ReactNode } from "react";
import type { Tenant } from "@/lib/tenant/schema";
import { formatDate } from "@/lib/format";
import { polishNbsp } from "@/components/typography";

/**
 * The accessibility statement (docs/portal.md §16) in the structure of the Polish template for it (the
 * act of 4 April 2019 on the digital accessibility of public bodies' websites, art. 10): the same
 * headings in the same order, and the template's element ids (a11y-…) that monitoring tools read.
 */
const ACT = "ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych";
const RPO_URL = "https://bip.brpo.gov.pl/pl/content/zlozenie-wniosku-do-rzecznika-praw-obywatelskich";

const statusText: Record<Tenant["accessibility"]["status"], string> = {
  full: `Strona internetowa jest zgodna z ${ACT}.`,
  partial: `Strona internetowa jest częściowo zgodna z ${ACT} z powodu niezgodności wymienionych poniżej.`,
  none: `Strona internetowa jest niezgodna z ${ACT}.`,
};

const linkClass = "font-medium text-brand underline underline-offset-2";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="mt-10 first:mt-0">
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        {title}
      </h2>
      <div className="mt-3 grid gap-3 leading-relaxed">{children}</div>
    </section>
  );
}

const Bullets = ({ items }: { items: string[] }) => (
  <ul className="list-disc space-y-2 pl-6">
    {items.map((text) => (
      <li key={text}>{text}</li>
    ))}
  </ul>
);

const IsoDate = ({ id, date }: { id?: string; date: string }) => (
  <time id={id} dateTime={date}>
    {formatDate(date)}
  </time>
);

export function AccessibilityStatement({ tenant, host }: { tenant: Tenant; host: string }) {
  const a = tenant.accessibility;
  return (
    <article className="mx-auto w-full max-w-3xl px-4 py-10 sm:px-6 sm:py-12" data-testid="accessibility-statement">
      <h1 className="text-2xl font-bold tracking-tight text-balance sm:text-3xl">Deklaracja dostępności</h1>
      <div className="mt-6 grid gap-3 leading-relaxed" id="a11y-wstep">
        <p>
          <span id="a11y-podmiot">{polishNbsp(tenant.names.legal)}</span> zobowiązuje się zapewnić dostępność swojej strony internetowej zgodnie z {ACT}.
        </p>
        <p>
          Deklaracja dostępności dotyczy strony internetowej {tenant.names.product}:{" "}
          <Link id="a11y-url" href="/" className={`${linkClass} break-all`}>
            {host}
          </Link>
          .
        </p>
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_minmax(0,1fr)]" data-testid="accessibility-dates">
          <dt className="font-semibold">Data publikacji strony internetowej</dt>
          <dd>
            <IsoDate id="a11y-data-publikacja" date={a.publishedOn} />
          </dd>
          <dt className="font-semibold">Data ostatniej istotnej aktualizacji</dt>
          <dd>
            <IsoDate id="a11y-data-aktualizacja" date={a.updatedOn} />
          </dd>
        </dl>
      </div>
      <div className="mt-8 rounded-lg border border-line bg-white px-5 py-6 shadow-xs sm:px-8 sm:py-8">
        <Section id="a11y-status" title="Status pod względem zgodności z ustawą">
          <p>{statusText[a.status]}</p>
        </Section>
        <Section id="a11y-tresci" title="Treści niedostępne">
          {a.shortcomings.length === 0 ? <p>Nie stwierdzono treści niedostępnych.</p> : <Bullets items={a.shortcomings} />}
        </Section>
        <Section id="a11y-przygotowanie" title="Przygotowanie deklaracji w sprawie dostępności">
          <p>
            Deklarację sporządzono dnia <IsoDate id="a11y-data-sporzadzenie" date={a.preparedOn} />. Deklaracja została ostatnio poddana przeglądowi i
            aktualizacji dnia <IsoDate id="a11y-data-przeglad" date={a.reviewedOn} />.
          </p>
          <p>Deklarację sporządzono na podstawie samooceny. Dostępność sprawdzono tak:</p>
          <Bullets items={a.assessment} />
        </Section>
        <Section id="a11y-skroty" title="Skróty klawiaturowe">
          <p>
            Strona nie ma własnych skrótów klawiaturowych; działają standardowe skróty przeglądarki. Pierwszym elementem każdej strony, do którego przechodzi
            się klawiszem Tab, jest odnośnik „Przejdź do treści”.
          </p>
        </Section>
        <Section id="a11y-kontakt" title="Informacje zwrotne i dane kontaktowe">
          <p>
            W przypadku problemów z dostępnością strony internetowej prosimy o kontakt. Osobą kontaktową jest <span id="a11y-osoba">{a.contact.name}</span>,
            adres poczty elektronicznej{" "}
            <a id="a11y-email" href={`mailto:${a.contact.email}`} className={`${linkClass} break-all`}>
              {a.contact.email}
            </a>
            . Kontaktować można się także dzwoniąc na numer telefonu{" "}
            <a id="a11y-telefon" href={`tel:${a.contact.phone.replace(/[^\d+]/g, "")}`} className={`${linkClass} whitespace-nowrap`}>
              {a.contact.phone}
            </a>
            . Tą samą drogą można składać wnioski o udostępnienie informacji niedostępnej oraz składać żądania zapewnienia dostępności.
          </p>
        </Section>
        <Section id="a11y-procedura" title="Procedura wnioskowo-skargowa">
          <p>
            Każdy ma prawo do wystąpienia z żądaniem zapewnienia dostępności cyfrowej strony internetowej lub jej elementu. Można także zażądać udostępnienia
            informacji w alternatywny sposób, na przykład przez odczytanie niedostępnego cyfrowo dokumentu.
          </p>
          <p>
            Żądanie powinno zawierać dane osoby zgłaszającej żądanie, wskazanie, o którą stronę internetową lub jej element chodzi, oraz sposób kontaktu. Jeżeli
            osoba żądająca potrzebuje informacji w alternatywny sposób, powinna także określić dogodny dla niej sposób przedstawienia tej informacji.
          </p>
          <p>
            Żądanie realizujemy niezwłocznie, nie później niż w ciągu 7 dni od dnia jego wystąpienia. Jeżeli dotrzymanie tego terminu nie jest możliwe,
            niezwłocznie informujemy, kiedy realizacja żądania będzie możliwa, przy czym termin ten nie może być dłuższy niż 2 miesiące od dnia wystąpienia z
            żądaniem. Jeżeli zapewnienie dostępności cyfrowej nie jest możliwe, możemy zaproponować alternatywny sposób dostępu do informacji.
          </p>
          <p>
            W przypadku odmowy realizacji żądania zapewnienia dostępności lub alternatywnego sposobu dostępu do informacji wnoszący żądanie może złożyć skargę w
            sprawie zapewnienia dostępności cyfrowej strony internetowej lub jej elementu. Po wyczerpaniu tej procedury można także złożyć{" "}
            <a href={RPO_URL} className={linkClass} rel="noopener noreferrer">
              wniosek do Rzecznika Praw Obywatelskich
            </a>
            .
          </p>
        </Section>
        {a.office ? (
          <Section id="a11y-architektura" title="Dostępność architektoniczna">
            <p>
              Biuro Obsługi Klienta: <span data-testid="accessibility-office">{a.office.address}</span>.
            </p>
            {a.office.description.map((text) => (
              <p key={text}>{text}</p>
            ))}
          </Section>
        ) : null}
      </div>
      {a.note ? (
        <p className="mt-6 text-sm text-ink-muted" data-testid="accessibility-note">
          {a.note}
        </p>
      ) : null}
    </article>
  );
}
