import { formatDate } from "@/lib/format";
import type { EmailContext, EmailDefinition } from "./context";
import { ActionLink, EmailLayout, P } from "./layout";
import { textEmail } from "./text";

/** A new regulation version: the next login asks for acceptance before anything else (SPEC §3). */
export type RegulationUpdatedProps = { title: string; version: string; effectiveDate: string };

const subject = (_: RegulationUpdatedProps, ctx: EmailContext) => `Nowa wersja regulaminu serwisu ${ctx.brand.productName}`;
const intro = (p: RegulationUpdatedProps) =>
  `Uprzejmie informujemy, że ${formatDate(p.effectiveDate)} wchodzi w życie nowa wersja (${p.version}) dokumentu „${p.title}”.`;
const next = "Przy najbliższym logowaniu serwis wyświetli nowy regulamin z prośbą o zapoznanie się z nim i jego akceptację.";

function Component({ ctx, ...p }: RegulationUpdatedProps & { ctx: EmailContext }) {
  return (
    <EmailLayout ctx={ctx} preview={subject(p, ctx)}>
      <P>{intro(p)}</P>
      <P>{next}</P>
      <ActionLink ctx={ctx} href={ctx.url("/")} label="Przejdź do serwisu" />
    </EmailLayout>
  );
}

export const regulationUpdated: EmailDefinition<RegulationUpdatedProps> = {
  subject,
  Component,
  text: (p, ctx) => textEmail(ctx, [intro(p), next, ctx.url("/")]),
};
