import { describe, expect, it } from "vitest";
import { notificationExamples } from "@/tests/helpers/email-examples";
import { requireTenantById } from "@/lib/tenant/registry";
import { renderEmail } from "@/lib/email/render";
import { headerAddress, headerLine, MAX_SUBJECT_LENGTH } from "@/lib/email/header-line";
import { emailTemplates, type EmailTemplate } from "@/emails";
import type { Tenant } from "@/lib/tenant/schema";

const at = new Date("2026-11-22T09:15:00Z");

/** One message of every template; its text props are replaced by hostile ones below. */
const examples: EmailTemplate[] = [
  { name: "activation", props: { login: "jan", path: "/aktywacja/t", expiresAt: at } },
  { name: "one-time-password", props: { reason: "activation", login: "jan", password: "Xk7-Q", expiresAt: at } },
  { name: "login-reminder", props: { logins: ["a", "b"] } },
  { name: "password-changed", props: { login: "jan", changedAt: at } },
  { name: "account-locked", props: { login: "jan", lockedAt: at, recoveryPath: "/haslo/przypomnij" } },
  { name: "account-created", props: { login: "100200" } },
  { name: "password-reset", props: { login: "100200", path: "/haslo/ustaw/t", expiresAt: at } },
  { name: "email-change", props: { newEmail: "nowy@example.pl", path: "/moje-dane/potwierdz-email/t", expiresAt: at } },
  {
    name: "ticket-received",
    props: { ticketNumber: "ZG/2026/000042", ticketSubject: "Błędny odczyt", wording: "zgloszenie", receivedAt: at, answerDueAt: at, path: "/zgloszenia/42" },
  },
  { name: "ticket-replied", props: { ticketNumber: "ZG/2026/000042", ticketSubject: "Błędny odczyt", path: "/zgloszenia/42" } },
  { name: "regulation-updated", props: { title: "Regulamin", version: "2", effectiveDate: "2026-12-01" } },
  { name: "payment-received", props: { amount: 123456, paidOn: "2026-11-20", invoiceNumber: "FV/1/2026", invoiceNumbers: ["FV/1", "FV/2"], path: "/faktury" } },
  ...notificationExamples,
  { name: "account-unlocked", props: { login: "jan", unlockedAt: at } },
  { name: "email-changed", props: { login: "jan", maskedNewEmail: "n***@example.pl", changedAt: at } },
  { name: "registration-blocked", props: { what: "dla numeru odbiorcy 100001", blockedUntil: at } },
  { name: "registration-notice", props: { login: "100001", maskedEmail: "j***@example.pl", registeredAt: at } },
  { name: "second-factor-code", props: { login: "jan", code: "123456", purpose: "disable", expiresAt: at } },
  { name: "second-factor-changed", props: { login: "jan", change: "enabled-totp", at } },
  { name: "new-device", props: { login: "jan", signedInAt: at, device: "Safari na iPhone", ip: "203.0.113.7", path: "/ustawienia/sesje" } },
  { name: "delegate-invitation", props: { customerName: "Jan Kowalski", roleLabel: "Podgląd", path: "/pelnomocnictwo/t", expiresAt: at } },
];

const hostile = [
  "Awaria\r\nBcc: x@evil.example",
  "Awaria\nBcc: x@evil.example",
  "Awaria\rBcc: x@evil.example",
  "Awaria\u0000Bcc: x@evil.example",
  "Awaria\u2028Bcc: x@evil.example\u2029",
  "Awaria\u0085Bcc: x@evil.example",
  "\tAwaria\t\u000bBcc:\u000c x@evil.example\u007f",
  "Awaria \u202eliame.live@x :ccB",
  `${"Bardzo długi temat ".repeat(300)}\r\nBcc: x@evil.example`,
];

/** Every text prop a person could have typed, arrays too; the variant `reason` and link paths are ours. */
function withHostileText(template: EmailTemplate, value: string): EmailTemplate {
  const props = Object.fromEntries(
    Object.entries(template.props).map(([key, v]) => [
      key,
      key === "reason" || /path$/i.test(key) ? v : typeof v === "string" ? value : Array.isArray(v) ? v.map(() => value) : v,
    ]),
  );
  return { ...template, props } as EmailTemplate;
}

/** One line of printable characters: no control, line or paragraph separator, no bidi override. */
const cleanLine = /^[^\p{Cc}\p{Zl}\p{Zp}\u202a-\u202e\u2066-\u2069]*$/u;

function expectCleanHeaders(mail: { from: string; replyTo?: string; subject: string }) {
  for (const header of [mail.subject, mail.from, mail.replyTo ?? ""]) {
    expect(header).toMatch(cleanLine);
    expect(header).not.toMatch(/^\s|\s$|\s{2}/);
  }
  expect([...mail.subject].length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
}

const polo = requireTenantById("polo");
const mpec = requireTenantById("mpec");
const hostileBrand: Tenant = { ...polo, names: { ...polo.names, product: "mojBOK\r\nBcc: x@evil.example" } };

describe("S28: e-mail headers are one clean line, whatever the user typed", () => {
  it("has a hostile case for every template", () => {
    expect(new Set(examples.map((e) => e.name))).toEqual(new Set(Object.keys(emailTemplates)));
  });

  it.each(examples.map((e) => [e.name, e] as const))("S28: %s — subject with `\\r\\nBcc:` and other controls stays one line", async (_, template) => {
    for (const tenant of [polo, mpec, null, hostileBrand]) {
      for (const value of hostile) {
        const mail = await renderEmail(tenant, withHostileText(template, value));
        expectCleanHeaders(mail);
        // A Bcc typed into a subject is at most words inside the one Subject line, never a header.
        expect(mail.subject.split(/\r?\n/)).toHaveLength(1);
      }
    }
  });

  it("S28: the ticket subject is kept readable — breaks become single spaces, the text itself stays", async () => {
    const mail = await renderEmail(polo, {
      name: "ticket-replied",
      props: { ticketNumber: "ZG/2026/000001", ticketSubject: "Awaria\r\nBcc: x@evil.example\u0000", path: "/zgloszenia/1" },
    });
    expect(mail.subject).toBe("Nowa odpowiedź w sprawie ZG/2026/000001: Awaria Bcc: x@evil.example");
  });

  it("headerLine and headerAddress", () => {
    expect(headerLine("  a\r\n\tb\u2028c\u0000d  ")).toBe("a b c d");
    expect(headerLine("zero\u200bwidth \u202eodwrotnie")).toBe("zerowidth odwrotnie");
    expect(headerLine("ą".repeat(300))).toBe(`${"ą".repeat(MAX_SUBJECT_LENGTH - 1)}…`);
    expect(headerLine("😀".repeat(300))).toBe(`${"😀".repeat(MAX_SUBJECT_LENGTH - 1)}…`);
    expect(headerAddress(" jan@example.pl\r\nBcc: x@evil.example ")).toBe("jan@example.plBcc:x@evil.example");
  });
});
