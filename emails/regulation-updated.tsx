import { formatDate } from "@/lib/format";
import type { EmailContext } from "./context";
import { defineEmail } from "./define";

/** A new regulation version: the next login asks for acceptance before anything else (docs/accounts.md §12). */
export type RegulationUpdatedProps = { title: string; version: string; effectiveDate: string };

const subject = (_: RegulationUpdatedProps, ctx: EmailContext) => `Nowa wersja regulaminu serwisu ${ctx.brand.productName}`;
const intro = (p: RegulationUpdatedProps) =>
  `Uprzejmie informujemy, że ${formatDate(p.effectiveDate)} wchodzi w życie nowa wersja (${p.version}) dokumentu „${p.title}”.`;
const next = "Przy najbliższym logowaniu serwis wyświetli nowy regulamin z prośbą o zapoznanie się z nim i jego akceptację.";

export const regulationUpdated = defineEmail<RegulationUpdatedProps>({
  subject,
  body: (p, ctx) => [{ paragraph: intro(p) }, { paragraph: next }, { action: { href: ctx.url("/"), label: "Przejdź do serwisu" } }],
});
