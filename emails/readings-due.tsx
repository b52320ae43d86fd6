import { formatDate } from "@/lib/format";
import type { EmailContext } from "./context";
import { defineEmail } from "./define";

/**
 * "Termin podania odczytu" (docs/email.md §7): a point's reading window has opened and the customer
 * has not given a reading in it yet. `closesOn` is the window's last day; `path` the point's form.
 */
export type ReadingsDueProps = { pointCode: string; meterNumber: string | null; closesOn: string; path: string };

const subject = (_: ReadingsDueProps, ctx: EmailContext) => `Czas podać odczyt licznika — ${ctx.brand.productName}`;

const intro = (p: ReadingsDueProps) =>
  `Można już podać odczyt licznika${p.meterNumber ? ` nr ${p.meterNumber}` : ""} w punkcie ${p.pointCode}. Formularz jest otwarty do ${formatDate(p.closesOn)}.`;

const why = "Odczyt podany w terminie pozwala rozliczyć rzeczywiste zużycie zamiast szacowanego.";

export const readingsDue = defineEmail<ReadingsDueProps>({
  subject,
  body: (p, ctx) => [{ paragraph: intro(p) }, { paragraph: why }, { action: { href: ctx.url(p.path), label: "Podaj odczyt" } }],
});
