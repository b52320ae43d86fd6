import { describe, expect, it } from "vitest";
import { notificationExamples } from "@/tests/helpers/email-examples";
import { requireTenantById } from "@/lib/tenant/registry";
import { renderEmail } from "@/lib/email/render";
import { emailTemplates, type EmailTemplate } from "@/emails";

const polo = requireTenantById("polo");
const mpec = requireTenantById("mpec");
const expiresAt = new Date("2026-11-22T09:15:00Z");
const lines = (text: string) => text.split("\n");
const linkLine = (host: string, path: string) => new RegExp(`^http://${host.replace(/\./g, "\\.")}:\\d+${path}$`);

/** One example of every template, so a new template without a case here fails the coverage test. */
const examples: EmailTemplate[] = [
  { name: "activation", props: { login: "jan.kowalski", path: "/aktywacja/tok-123", expiresAt } },
  { name: "one-time-password", props: { reason: "activation", login: "jan.kowalski", password: "Xk7-ŁódźQ", expiresAt } },
  { name: "login-reminder", props: { logins: ["a", "b"] } },
  { name: "password-changed", props: { login: "jan.kowalski", changedAt: expiresAt } },
  { name: "account-locked", props: { login: "jan.kowalski", lockedAt: expiresAt, recoveryPath: "/haslo/przypomnij" } },
  { name: "account-created", props: { login: "100200" } },
  { name: "password-reset", props: { login: "100200", path: "/haslo/ustaw/tok-456", expiresAt } },
  { name: "email-change", props: { newEmail: "nowy@example.pl", path: "/moje-dane/potwierdz-email/tok-789", expiresAt } },
  { name: "ticket-replied", props: { ticketNumber: "ZG/2026/000042", ticketSubject: "Błędny odczyt licznika", path: "/zgloszenia/42" } },
  { name: "regulation-updated", props: { title: "Regulamin serwisu", version: "2", effectiveDate: "2026-12-01" } },
  { name: "payment-received", props: { amount: 123456, paidOn: "2026-11-20", invoiceNumber: "FV/1/2026", path: "/faktury" } },
  ...notificationExamples,
  { name: "account-unlocked", props: { login: "jan.kowalski", unlockedAt: expiresAt } },
  { name: "email-changed", props: { login: "jan.kowalski", maskedNewEmail: "n***@example.pl", changedAt: expiresAt } },
  { name: "registration-blocked", props: { what: "dla numeru odbiorcy 100200", blockedUntil: expiresAt } },
  { name: "registration-notice", props: { login: "100200", maskedEmail: "k***@example.pl", registeredAt: expiresAt } },
  { name: "second-factor-code", props: { login: "jan.kowalski", code: "042917", purpose: "sign-in", expiresAt } },
  { name: "second-factor-changed", props: { login: "jan.kowalski", change: "reset", at: expiresAt } },
  { name: "delegate-invitation", props: { customerName: "Jan Kowalski", roleLabel: "Podgląd", path: "/pelnomocnictwo/tok-321", expiresAt } },
  {
    name: "ticket-received",
    props: {
      ticketNumber: "ZG/2026/000042",
      ticketSubject: "Błędny odczyt licznika",
      wording: "zgloszenie",
      receivedAt: expiresAt,
      answerDueAt: null,
      path: "/zgloszenia/42",
    },
  },
  { name: "new-device", props: { login: "jan.kowalski", signedInAt: expiresAt, device: "Safari na iPhone", ip: "203.0.113.7", path: "/ustawienia/sesje" } },
];

/** Renders the example of one template (the e-mail preview data) for a tenant. */
const renderExample = (tenant: Parameters<typeof renderEmail>[0], name: string) =>
  renderEmail(
    tenant,
    examples.find((e) => e.name === name)!,
  );

describe("e-mail templates", () => {
  it("has an example for every template", () => {
    expect(new Set(examples.map((e) => e.name))).toEqual(new Set(Object.keys(emailTemplates)));
  });

  it.each(examples.map((e) => [e.name, e] as const))("%s: Polish text, tenant footer, absolute links alone on their lines", async (_, template) => {
    const mail = await renderEmail(polo, template);
    expect(mail.subject).toMatch(/\S/);
    expect(mail.from).toBe(polo.email.from);
    expect(mail.text).toContain("Dzień dobry,");
    expect(mail.text).toContain("Polenergia Obrót S.A.");
    expect(mail.text).toContain("Tel. +48 718 898 888");
    expect(mail.text).toContain("E-mail dla klientów indywidualnych: cok@polenergia.pl");
    expect(mail.text).toContain("E-mail dla klientów biznesowych: bok.obrot@polenergia.pl");
    expect(mail.html).toContain("Polenergia Obrót S.A.");
    expect(mail.html).toContain("cok@polenergia.pl");
    expect(mail.html).toContain(polo.brand.primary);
    expect(mail.html).toContain('lang="pl"');
    // Every URL in the text part is absolute, on the tenant's host, and is the whole line.
    const urls = mail.text.match(/https?:\/\/\S+/g) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url).toMatch(/^http:\/\/polo\.localhost:\d+\//);
      expect(lines(mail.text)).toContain(url);
    }
  });

  it("activation: the link on a line of its own, valid 24 h", async () => {
    const mail = await renderEmail(polo, examples[0]!);
    expect(lines(mail.text).some((l) => linkLine("polo.localhost", "/aktywacja/tok-123").test(l))).toBe(true);
    expect(mail.text).toContain("24 godziny");
    expect(mail.html).toMatch(/href="http:\/\/polo\.localhost:\d+\/aktywacja\/tok-123"/);
  });

  it("one-time password: a line `Hasło jednorazowe: <value>`, Polish letters intact, variant text", async () => {
    const first = await renderEmail(polo, examples[1]!);
    expect(lines(first.text)).toContain("Hasło jednorazowe: Xk7-ŁódźQ");
    expect(first.html).toContain("Xk7-ŁódźQ");
    expect(first.subject).toContain("pierwszego logowania");
    const recovery = await renderEmail(mpec, { name: "one-time-password", props: { reason: "recovery", login: "100200", password: "Abc12345", expiresAt } });
    expect(lines(recovery.text)).toContain("Hasło jednorazowe: Abc12345");
    expect(recovery.subject).toContain("odzyskania dostępu");
    expect(recovery.text).toContain("Dotychczasowe hasło działa nadal");
    expect(recovery.text).toContain(mpec.texts.forgotPasswordLink);
  });

  it("login reminder: one line `Login: <value>` per login", async () => {
    const mail = await renderEmail(polo, examples[2]!);
    expect(lines(mail.text).filter((l) => l.startsWith("Login: "))).toEqual(["Login: a", "Login: b"]);
  });

  it("account locked: says how to unlock (customer service or recovery)", async () => {
    const mail = await renderEmail(polo, examples[4]!);
    expect(mail.text).toContain("Biurem Obsługi Klienta");
    expect(mail.text).toContain("„Nie pamiętasz hasła?”");
    expect(lines(mail.text).some((l) => linkLine("polo.localhost", "/haslo/przypomnij").test(l))).toBe(true);
  });

  it("registration blocked: names the identifier and the end of the block, sends the customer to customer service", async () => {
    const mail = await renderExample(mpec, "registration-blocked");
    expect(mail.subject).toBe("Rejestracja w serwisie eBOK została wstrzymana");
    expect(mail.text).toContain("Pięć prób rejestracji w serwisie eBOK dla numeru odbiorcy 100200 zakończyło się niepowodzeniem");
    expect(mail.text).toContain("wstrzymana do 22.11.2026");
    expect(mail.text).toContain(`Biurem Obsługi Klienta (tel. ${mpec.contacts.phone})`);
    expect(mail.html).toContain("dla numeru odbiorcy 100200");
  });

  it("registration notice: the login, the typed address masked, and the phone to call", async () => {
    const mail = await renderExample(mpec, "registration-notice");
    expect(mail.subject).toBe("Zarejestrowano konto w serwisie eBOK");
    expect(mail.text).toContain("z loginem 100200, podając adres e-mail k***@example.pl");
    expect(mail.text).toContain(
      `Jeżeli to nie Państwo zakładali konto, prosimy niezwłocznie zadzwonić do Biura Obsługi Klienta: tel. ${mpec.contacts.phone} (${mpec.contacts.hours})`,
    );
    expect(mail.html).toContain("k***@example.pl");
  });

  it("new device: the time in Warsaw, the device, the address and the link to Aktywne sesje (docs/accounts.md §16)", async () => {
    const mail = await renderExample(polo, "new-device");
    expect(mail.subject).toBe("Nowe logowanie do mojBOK POLO");
    expect(lines(mail.text)).toEqual(expect.arrayContaining(["Czas: 22.11.2026 10:15", "Urządzenie: Safari na iPhone", "Adres IP: 203.0.113.7"]));
    expect(lines(mail.text).some((l) => linkLine("polo.localhost", "/ustawienia/sesje").test(l))).toBe(true);
    expect(mail.html).toContain("Safari na iPhone");
  });

  it("payment received: amount in pl-PL format", async () => {
    const mail = await renderEmail(polo, examples[10]!);
    expect(mail.text).toContain("1\u00a0234,56\u00a0zł");
    expect(mail.text).toContain("20.11.2026");
  });

  it("uses each tenant's own brand and contacts", async () => {
    const mail = await renderEmail(mpec, examples[5]!);
    expect(mail.subject).toBe("Konto w serwisie eBOK zostało utworzone");
    expect(mail.text).toContain(`E-mail dla klientów indywidualnych: ${mpec.contacts.emailIndividual}`);
    expect(mail.text).toContain(mpec.names.legal);
    expect(mail.text).not.toContain("Polenergia");
    expect(mail.html).toContain(mpec.brand.primary);
    expect(mail.text).toMatch(/^http:\/\/mpec\.localhost:\d+\/$/m);
  });

  it("back-office mail (tenant null) gets the neutral brand and back-office links", async () => {
    const mail = await renderEmail(null, examples[3]!);
    expect(mail.text).toContain("mojBOK");
    expect(mail.text).not.toContain("Tel.");
    expect(mail.text).toMatch(/^http:\/\/admin\.localhost:\d+\/$/m);
  });

  it("ticket e-mails: the number in the subject and on a line of its own; a complaint says by when it is answered", async () => {
    const received = await renderExample(polo, "ticket-received");
    expect(received.subject).toBe("Przyjęliśmy zgłoszenie ZG/2026/000042: Błędny odczyt licznika");
    expect(lines(received.text)).toContain("Numer zgłoszenia: ZG/2026/000042");
    expect(received.html).toContain("ZG/2026/000042");
    expect(received.text).not.toContain("reklamacja");
    expect(lines(received.text).some((l) => linkLine("polo.localhost", "/zgloszenia/42").test(l))).toBe(true);
    const complaint = await renderEmail(mpec, {
      name: "ticket-received",
      props: {
        ticketNumber: "SP/2026/000007",
        ticketSubject: "Zawyżony rachunek",
        wording: "sprawa",
        receivedAt: new Date("2026-11-20T10:00:00Z"),
        answerDueAt: new Date("2026-12-04T10:00:00Z"),
        path: "/zgloszenia/7",
      },
    });
    expect(complaint.subject).toBe("Przyjęliśmy sprawę SP/2026/000007: Zawyżony rachunek");
    expect(lines(complaint.text)).toContain("Numer sprawy: SP/2026/000007");
    expect(complaint.text).toContain("odpowiemy na nią najpóźniej 04.12.2026 (14 dni od jej otrzymania)");
    expect(complaint.html).toContain("04.12.2026");
    const replied = await renderExample(polo, "ticket-replied");
    expect(replied.subject).toBe("Nowa odpowiedź w sprawie ZG/2026/000042: Błędny odczyt licznika");
    expect(replied.text).toContain("w sprawie nr ZG/2026/000042");
  });

  it("refuses a link path that is not a local absolute path", async () => {
    await expect(
      renderEmail(polo, { name: "ticket-replied", props: { ticketNumber: "ZG/2026/000001", ticketSubject: "x", path: "//evil.example/x" } }),
    ).rejects.toThrow(/single "\/"/);
    await expect(
      renderEmail(polo, { name: "ticket-replied", props: { ticketNumber: "ZG/2026/000001", ticketSubject: "x", path: "https://evil.example/" } }),
    ).rejects.toThrow();
  });
});

describe("notification templates (docs/email.md §7)", () => {
  it("the new-document notice shows the explanation paragraphs only when given", async () => {
    const props = { kindLabel: "Faktura", documentNumber: "FV/2/2026", issueDate: "2026-12-01", dueDate: "2026-12-15", amount: 45600, path: "/faktury/2" };
    const plain = await renderEmail(polo, { name: "new-document", props });
    const explained = await renderEmail(polo, { name: "new-document", props: { ...props, explanation: ["Pierwszy akapit.", "Drugi akapit."] } });
    expect(plain.text).not.toContain("Pierwszy akapit.");
    expect(explained.text).toContain("\n\nPierwszy akapit.\n\nDrugi akapit.\n\n");
    expect(explained.html).toContain("Drugi akapit.");
  });

  it("a notification's footer carries the unsubscribe and settings links on lines of their own", async () => {
    const links = { url: "http://polo.localhost:3000/powiadomienia/wypisz?t=abc.def", settingsUrl: "http://polo.localhost:3000/ustawienia/powiadomienia" };
    const mail = await renderEmail(
      polo,
      { name: "ticket-replied", props: { ticketNumber: "ZG/2026/000042", ticketSubject: "x", path: "/zgloszenia/42" } },
      links,
    );
    expect(mail.text).toMatch(/^http:\/\/polo\.localhost:3000\/powiadomienia\/wypisz\?t=abc\.def$/m);
    expect(mail.text).toMatch(/^http:\/\/polo\.localhost:3000\/ustawienia\/powiadomienia$/m);
    expect(mail.html).toContain('href="http://polo.localhost:3000/powiadomienia/wypisz?t=abc.def"');
  });
});
