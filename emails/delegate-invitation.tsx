import { formatDateTime } from "@/lib/format";
import type { EmailContext } from "./context";
import { defineEmail } from "./define";

/**
 * Ustawienia → Pełnomocnicy (docs/accounts.md §17): the holder invites a person to act for their
 * customer number. The link opens a page that changes nothing; accepting is a button there.
 */
export type DelegateInvitationProps = { customerName: string; roleLabel: string; path: string; expiresAt: Date };

const subject = (_: DelegateInvitationProps, ctx: EmailContext) => `Zaproszenie do działania jako pełnomocnik — ${ctx.brand.productName}`;
const intro = (p: DelegateInvitationProps, ctx: EmailContext) =>
  `${p.customerName} zaprasza Państwa do działania w swoim imieniu w serwisie ${ctx.brand.productName} z uprawnieniem „${p.roleLabel}”. Aby przyjąć zaproszenie, prosimy otworzyć poniższy link i zalogować się na własne konto:`;
const validity = (p: DelegateInvitationProps) => `Link jest jednorazowy i ważny do ${formatDateTime(p.expiresAt)}.`;
const ignore = "Jeżeli nie spodziewali się Państwo tego zaproszenia, prosimy zignorować tę wiadomość.";

export const delegateInvitation = defineEmail<DelegateInvitationProps>({
  subject,
  body: (p, ctx) => [
    { paragraph: intro(p, ctx) },
    { action: { href: ctx.url(p.path), label: "Zobacz zaproszenie" } },
    { paragraph: validity(p) },
    { paragraph: ignore },
  ],
});
