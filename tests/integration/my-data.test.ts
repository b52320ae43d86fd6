import { afterEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { auditLog, consentEvents, customers, exportEvents, rateLimits, type HolderAccount } from "@/db/schema";
import { contactSchema } from "@/lib/my-data/contact-schema";
import { changeContact, CONTACT_SAVED, EMAIL_LINK_SENT } from "@/lib/my-data/change-contact";
import { confirmEmailChange, pendingEmail } from "@/lib/my-data/confirm-email";
import { consentHistory, CONSENTS_SAVED, saveConsents } from "@/lib/my-data/consents";
import { WRONG_CURRENT_PASSWORD } from "@/lib/accounts/change-password";
import { addAccount, mailsTo, OLD_PASSWORD, reloadAccount } from "./recovery-world";
import { customerScope } from "../helpers/scope";
import { tenantRow } from "@/tests/helpers/tenant-row";

const handle = setupTestDb();
afterEach(async () => {
  await handle.db.delete(rateLimits);
});

const request = { ip: "198.51.100.30", userAgent: "vitest" };
/** The scope requireCustomer would give this account on POLO. */
const scopeOf = (account: HolderAccount) => customerScope(handle.db, "polo", account.customerId, account.id);
const form = { phone: "600 100 200", email: "", street: "ul. Lipowa", building: "5", apartment: "3", postalCode: "00-950", city: "Warszawa" };

/** The form as the action parses it: the account's own e-mail unless the test changes it. */
function input(account: { email: string }, values: Partial<typeof form> & { currentPassword?: string } = {}) {
  const parsed = contactSchema().safeParse({ ...form, email: account.email, currentPassword: OLD_PASSWORD, ...values });
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data;
}

const tokenIn = (text: string) => /\/moje-dane\/potwierdz-email\/([A-Za-z0-9_-]+)/.exec(text)![1]!;
const eventsOf = (customerId: string) => handle.db.select().from(exportEvents).where(eq(exportEvents.customerId, customerId));
const correspondenceOf = async (customerId: string) => (await tenantRow(handle.db, customers, "polo", customers.id, customerId))!.correspondenceAddress;

describe(`Moje dane → Dane kontaktowe (${testDbKind})`, () => {
  it("S19: without the current password the form is refused by its schema", () => {
    const parsed = contactSchema().safeParse({ ...form, email: "a@example.pl", currentPassword: "" });
    expect(parsed.error!.issues.map((i) => [i.path[0], i.message])).toEqual([["currentPassword", "Pole Aktualne hasło jest wymagane"]]);
  });

  it("S19: with a wrong current password nothing changes", async () => {
    const account = await addAccount(handle.db, "polo");
    const result = await changeContact(scopeOf(account), account, request, input(account, { currentPassword: "Zle-Haslo-1", email: "nowy@example.pl" }));
    expect(result).toEqual({ status: "error", fieldErrors: { currentPassword: [WRONG_CURRENT_PASSWORD] } });
    expect((await reloadAccount(handle.db, account.id)).phone).toBeNull();
    expect(await correspondenceOf(account.customerId)).toBeNull();
    expect(await eventsOf(account.customerId)).toHaveLength(0);
    expect(await mailsTo(handle.db, "nowy@example.pl")).toHaveLength(0);
  });

  it("S19: the right password saves the phone and address at once, with an export event and an audit row", async () => {
    const account = await addAccount(handle.db, "polo");
    const result = await changeContact(scopeOf(account), account, request, input(account));
    expect(result).toEqual({ status: "success", message: CONTACT_SAVED });
    expect((await reloadAccount(handle.db, account.id)).phone).toBe("+48600100200");
    const address = { street: "ul. Lipowa", building: "5", apartment: "3", postalCode: "00-950", city: "Warszawa" };
    expect(await correspondenceOf(account.customerId)).toEqual(address);
    const events = await eventsOf(account.customerId);
    expect(events.map((e) => [e.type, e.payload])).toEqual([["contact.changed", { phone: "+48600100200", correspondenceAddress: address }]]);
    const audits = await handle.db.select().from(auditLog).where(eq(auditLog.targetId, account.id));
    expect(audits.map((a) => a.action)).toEqual(["contact.changed"]);
  });

  it("S19: guessing the password is rate-limited per account", async () => {
    const account = await addAccount(handle.db, "polo");
    for (let i = 0; i < 10; i++) await changeContact(scopeOf(account), account, request, input(account, { currentPassword: `Zle-${i}` }));
    const result = await changeContact(scopeOf(account), account, request, input(account));
    expect(result.formError).toMatch(/Zbyt wiele prób/);
    expect((await reloadAccount(handle.db, account.id)).phone).toBeNull();
  });

  it("an incomplete address and a bad phone are shown at once", () => {
    const parsed = contactSchema().safeParse({
      phone: "123",
      email: "a@example.pl",
      street: "ul. Lipowa",
      building: "",
      apartment: "",
      postalCode: "00950",
      city: "",
      currentPassword: "x",
    });
    expect(new Set(parsed.error!.issues.map((i) => i.path[0]))).toEqual(new Set(["phone", "building", "postalCode", "city"]));
  });
});

describe(`Moje dane → zmiana adresu e-mail (${testDbKind})`, () => {
  it("S19: a new address gets a link; the e-mail changes only after confirming, once", async () => {
    const account = await addAccount(handle.db, "polo");
    const result = await changeContact(
      scopeOf(account),
      account,
      request,
      input(account, { email: "Nowy.Adres@example.pl", phone: "", street: "", building: "", apartment: "", postalCode: "", city: "" }),
    );
    expect(result).toEqual({ status: "success", message: EMAIL_LINK_SENT });
    expect((await reloadAccount(handle.db, account.id)).email).toBe(account.email);
    expect(await eventsOf(account.customerId)).toHaveLength(0);

    const [mail] = await mailsTo(handle.db, "nowy.adres@example.pl", "email-change");
    const token = tokenIn(mail!.text);
    expect(await pendingEmail(scopeOf(account), token)).toBe("nowy.adres@example.pl");

    expect(await confirmEmailChange(scopeOf(account), account, token, request)).toEqual({ ok: true, email: "nowy.adres@example.pl" });
    expect((await reloadAccount(handle.db, account.id)).email).toBe("nowy.adres@example.pl");
    expect((await eventsOf(account.customerId)).map((e) => [e.type, e.payload])).toEqual([["contact.changed", { email: "nowy.adres@example.pl" }]]);
    expect(await confirmEmailChange(scopeOf(account), account, token, request)).toEqual({ ok: false });

    // The old address is told, with the new one masked.
    const [notice] = await mailsTo(handle.db, account.email, "email-changed");
    expect(notice!.subject).toContain("Adres e-mail konta został zmieniony");
    expect(notice!.text).toContain("n***@example.pl");
    expect(notice!.text).not.toContain("nowy.adres@example.pl");
  });

  it("S19: another account's link is not found and stays unused", async () => {
    const owner = await addAccount(handle.db, "polo");
    const other = await addAccount(handle.db, "polo");
    await changeContact(scopeOf(owner), owner, request, input(owner, { email: "owner-new@example.pl" }));
    const [mail] = await mailsTo(handle.db, "owner-new@example.pl", "email-change");
    const token = tokenIn(mail!.text);
    expect(await pendingEmail(scopeOf(other), token)).toBeNull();
    expect(await confirmEmailChange(scopeOf(other), other, token, request)).toEqual({ ok: false });
    expect((await reloadAccount(handle.db, other.id)).email).toBe(other.email);
    expect(await confirmEmailChange(scopeOf(owner), owner, token, request)).toEqual({ ok: true, email: "owner-new@example.pl" });
  });
});

describe(`Moje dane → Zgody (${testDbKind})`, () => {
  it("each change is appended to the history and queued for the CRM; an unchanged save adds nothing", async () => {
    const account = await addAccount(handle.db, "polo");
    expect(await saveConsents(scopeOf(account), request, { e_invoice: "on", marketing: "" })).toEqual({ status: "success", message: CONSENTS_SAVED });
    await saveConsents(scopeOf(account), request, { e_invoice: "on", marketing: "" });
    await saveConsents(scopeOf(account), request, { e_invoice: "", marketing: "on" });
    const history = await consentHistory(customerScope(handle.db, "polo", account.customerId));
    expect(history.map((h) => [h.kind, h.granted])).toEqual([
      ["e_invoice", true],
      ["e_invoice", false],
      ["marketing", true],
    ]);
    const rows = await handle.db.select().from(consentEvents).where(eq(consentEvents.customerId, account.customerId));
    expect(rows.every((r) => r.source === "portal")).toBe(true);
    const events = await eventsOf(account.customerId);
    expect(events.map((e) => e.payload)).toEqual([
      { consent: "e_invoice", granted: true },
      { consent: "e_invoice", granted: false },
      { consent: "marketing", granted: true },
    ]);
  });
});
