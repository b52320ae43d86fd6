import type { CustomerRole, ROLES } from "@/lib/auth/customer-scope";

/**
 * Who may use every customer page, route and action (docs/accounts.md §17), by its file under app/.
 * tests/unit/customer-roles.test.ts holds the code to it (every file that checks a customer session
 * must be here, with the roles it declares); tests/e2e/delegates.spec.ts walks the screens with it.
 */
export type Group = keyof typeof ROLES;

/**
 * What the issue grants: view everything; payments also pays; full also tickets, readings and contact
 * data (Moje dane, the phone only); the rest is the holder's.
 */
export const roleTable: Record<string, Group> = {
  "(portal)/layout.tsx": "view",
  "(portal)/pulpit/page.tsx": "view",
  "(portal)/faktury/page.tsx": "view",
  "(portal)/faktury/[id]/page.tsx": "view",
  "(portal)/faktury/[id]/pdf/route.ts": "view",
  "(portal)/dokumenty/page.tsx": "view",
  "(portal)/platnosci/page.tsx": "view",
  "(portal)/umowy/page.tsx": "view",
  "(portal)/punkty-poboru/page.tsx": "view",
  "(portal)/punkty-poboru/[id]/page.tsx": "view",
  "(portal)/punkty-poboru/[id]/zuzycie.csv/route.ts": "view",
  "(portal)/liczniki/page.tsx": "view",
  "(portal)/liczniki/[id]/page.tsx": "view",
  "(portal)/odczyty/page.tsx": "view",
  "(portal)/odczyty/[id]/page.tsx": "view",
  "(portal)/platnosci/zaplac/page.tsx": "payments",
  "(portal)/platnosci/zaplac/pay-action.ts": "payments",
  "(portal)/platnosci/status/[id]/page.tsx": "payments",
  "(portal)/platnosci/status/[id]/cancel-action.ts": "payments",
  "(portal)/platnosci/przekierowanie/[id]/page.tsx": "payments",
  "(portal)/platnosci/powrot/[id]/route.ts": "payments",
  "(portal)/liczniki/[id]/reading-actions.ts": "full",
  "(portal)/odczyty/[id]/reading-actions.ts": "full",
  "(portal)/zgloszenia/page.tsx": "full",
  "(portal)/zgloszenia/wiadomosci/page.tsx": "full",
  "(portal)/zgloszenia/wyszukiwanie/page.tsx": "full",
  "(portal)/zgloszenia/nowe/page.tsx": "full",
  "(portal)/zgloszenia/[id]/page.tsx": "full",
  "(portal)/zgloszenia/[id]/zalaczniki/[attachmentId]/route.ts": "full",
  "api/tickets/route.ts": "full",
  "api/tickets/[id]/odpowiedzi/route.ts": "full",
  // "Pełny" includes contact data: the page, and of its forms only the customer's phone (phone-action).
  "(portal)/moje-dane/page.tsx": "full",
  "(portal)/moje-dane/phone-action.ts": "full",
  "(portal)/moje-dane/contact-action.ts": "holder",
  "(portal)/moje-dane/consent-action.ts": "holder",
  "(portal)/moje-dane/potwierdz-email/[token]/page.tsx": "holder",
  "(portal)/moje-dane/potwierdz-email/[token]/confirm-action.ts": "holder",
  "(portal)/ustawienia/page.tsx": "holder",
  "(portal)/ustawienia/actions.ts": "holder",
  "(portal)/ustawienia/pelnomocnicy/page.tsx": "holder",
  "(portal)/ustawienia/pelnomocnicy/actions.ts": "holder",
  "(portal)/ustawienia/bezpieczenstwo/page.tsx": "holder",
  "(portal)/ustawienia/bezpieczenstwo/actions.ts": "holder",
  "(portal)/ustawienia/sesje/page.tsx": "holder",
  "(portal)/ustawienia/sesje/actions.ts": "holder",
  "(portal)/ustawienia/powiadomienia/page.tsx": "holder",
  "(portal)/ustawienia/powiadomienia/actions.ts": "holder",
  // The signed-in account's own steps, whoever it acts for: its forced password change, its regulation
  // acceptance and switching between customers. Accepting an invitation (pelnomocnictwo/[token]/action.ts)
  // checks no customer scope at all: a delegate-only account with no live delegation accepts too.
  "zmiana-hasla/page.tsx": "view",
  "zmiana-hasla/action.ts": "view",
  "regulamin/akceptacja/page.tsx": "view",
  "regulamin/akceptacja/action.ts": "view",
};

/** The groups each role may use: view everything; payments also pays; full also tickets and readings. */
export const roleCan: Record<CustomerRole, Group[]> = {
  holder: ["holder", "view", "payments", "full"],
  "delegate-view": ["view"],
  "delegate-payments": ["view", "payments"],
  "delegate-full": ["view", "payments", "full"],
};
