import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { staffScope } from "@/tests/helpers/staff-scope";
import { accounts, auditLog, consentEvents, emailOutbox, regulationAcceptances } from "@/db/schema";
import { setClockOffsetSeconds } from "@/lib/clock";
import { verifySecret } from "@/lib/auth/password-hash";
import { customerNumberMessages, registerByCustomerNumber } from "@/lib/accounts/register-by-customer-number";
import { passwordStep, setInitialPassword } from "@/lib/accounts/set-initial-password";
import { CAPTCHA_MESSAGES, verifyCaptcha } from "@/lib/security/captcha";
import { PASSWORDS_DIFFER, type CustomerNumberRegistration } from "@/lib/accounts/schemas/registration";
import { FLOW_NOT_OFFERED } from "@/lib/accounts/registration-common";
import { IDENTIFIER_RATE, TOO_MANY_FOR_IDENTIFIER } from "@/lib/accounts/registration-limits";
import { customer, importRecords, invoice, meta, mpec, polo, solvedCaptcha } from "./registration-world";
import { registerByContract } from "@/lib/accounts/register-by-contract";
import { customerDetail } from "@/lib/staff/customer-detail";
import { unblockRegistration } from "@/lib/staff/customer-actions";
import { tenantRow } from "@/tests/helpers/tenant-row";

const handle = setupTestDb();

beforeAll(async () => {
  await importRecords(handle.db, mpec, [
    customer("M1", { kind: "individual", customerNumber: "100001" }),
    invoice("M1-a", "M1", "FV/2026/09/1", "2026-09-30", "120.00"),
    invoice("M1-b", "M1", "FV/2026/10/7", "2026-10-31", "246.00"),
    invoice("M1-c", "M1", "FV/2026/10/8", "2026-10-31", "1234.56"),
    invoice("M1-k", "M1", "KOR/2026/11/1", "2026-11-05", "-20.00", "correction"),
    customer("M2", { kind: "individual", customerNumber: "100002", registrationProofs: ["lastInvoice", "settlementAmount"] }),
    invoice("M2-a", "M2", "FV/2026/10/100", "2026-10-31", "99.99"),
    customer("M3", { kind: "individual", customerNumber: "100003" }),
    invoice("M3-a", "M3", "FV/2026/10/300", "2026-10-31", "50.00"),
  ]);
});
afterEach(() => setClockOffsetSeconds(0));

const input = async (over: Partial<CustomerNumberRegistration> = {}): Promise<CustomerNumberRegistration> => ({
  customerNumber: "100001",
  proof: { kind: "invoice", invoiceNumber: "FV/2026/10/8" },
  email: "m1@example.pl",
  eInvoice: true,
  captcha: await solvedCaptcha(),
  ...over,
});

/** An MPEC registration by customer number with the given fields over the defaults, from the given address. */
const register = async (over: Partial<CustomerNumberRegistration> = {}, request = meta()) =>
  registerByCustomerNumber(handle.db, mpec, await input(over), request);

const accountOf = async (customerId: string) => await tenantRow(handle.db, accounts, "mpec", accounts.customerId, customerId);

describe(`MPEC registration (${testDbKind})`, () => {
  it("S06: a proof that is not the last invoice is refused with one message (older invoice, correction, other customer's)", async () => {
    const refused = { ok: false, formError: customerNumberMessages.noProof(mpec) };
    // Same issue date: the higher number is the last invoice, so FV/2026/10/7 is not it.
    expect(await registerByCustomerNumber(handle.db, mpec, await input({ proof: { kind: "invoice", invoiceNumber: "FV/2026/10/7" } }), meta())).toEqual(
      refused,
    );
    expect(await registerByCustomerNumber(handle.db, mpec, await input({ proof: { kind: "invoice", invoiceNumber: "KOR/2026/11/1" } }), meta())).toEqual(
      refused,
    );
    expect(await registerByCustomerNumber(handle.db, mpec, await input({ proof: { kind: "invoice", invoiceNumber: "FV/2026/10/100" } }), meta())).toEqual(
      refused,
    );
    expect(await registerByCustomerNumber(handle.db, mpec, await input({ customerNumber: "999999" }), meta())).toEqual(refused);
    expect(await registerByCustomerNumber(handle.db, mpec, await input({ proof: { kind: "settlement", grosze: 24600 } }), meta())).toEqual(refused);
    expect(await accountOf("M1")).toBeUndefined();
  });

  it("the last invoice's number proves identity; the account waits for its password", async () => {
    const result = await registerByCustomerNumber(handle.db, mpec, await input(), meta());
    expect(result).toMatchObject({ ok: true, login: "100001" });
    expect(await accountOf("M1")).toMatchObject({ status: "pending_activation", login: "100001", email: "m1@example.pl", passwordHash: null });
    const account = (await accountOf("M1"))!;
    const consents = await handle.db.select().from(consentEvents).where(eq(consentEvents.accountId, account.id));
    expect(consents.map((c) => `${c.kind}:${c.granted}`).sort()).toEqual(["data_processing:true", "e_invoice:true", "regulation:true"]);
    expect(await handle.db.select().from(regulationAcceptances).where(eq(regulationAcceptances.accountId, account.id))).toHaveLength(1);
    if (result.ok) expect(await passwordStep(handle.db, mpec, result.passwordStepToken)).toEqual({ ok: true, login: "100001" });
  });

  it("the last settlement's amount proves identity; a refused e-invoice consent is stored as refused", async () => {
    const result = await register({ customerNumber: "100002", proof: { kind: "settlement", grosze: 9999 }, email: "m2@example.pl", eInvoice: false });
    expect(result.ok).toBe(true);
    const account = (await accountOf("M2"))!;
    const [eInvoice] = await handle.db
      .select()
      .from(consentEvents)
      .where(and(eq(consentEvents.accountId, account.id), eq(consentEvents.kind, "e_invoice")));
    expect(eInvoice?.granted).toBe(false);
  });

  it("captcha: missing, forged and reused payloads are refused", async () => {
    const missing = await register({ customerNumber: "100003", proof: { kind: "invoice", invoiceNumber: "FV/2026/10/300" }, captcha: "" });
    expect(missing).toEqual({ ok: false, fieldErrors: { altcha: [CAPTCHA_MESSAGES.missing] } });

    const good = await solvedCaptcha();
    const decoded = JSON.parse(Buffer.from(good, "base64").toString()) as { solution: { counter: number } };
    decoded.solution.counter += 1;
    const forged = Buffer.from(JSON.stringify(decoded)).toString("base64");
    expect(await verifyCaptcha(handle.db, forged)).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCaptcha(handle.db, "bm90IGpzb24=")).toEqual({ ok: false, reason: "malformed" });

    expect(await verifyCaptcha(handle.db, good)).toEqual({ ok: true });
    expect(await verifyCaptcha(handle.db, good)).toEqual({ ok: false, reason: "reused" });
    // A reuse in the next hour's window is still a reuse.
    setClockOffsetSeconds(3600);
    expect((await verifyCaptcha(handle.db, good)).ok).toBe(false);
  });

  it("captcha: a challenge older than 10 minutes is refused", async () => {
    const payload = await solvedCaptcha();
    setClockOffsetSeconds(10 * 60 + 1);
    expect(await verifyCaptcha(handle.db, payload)).toEqual({ ok: false, reason: "expired" });
  });

  it("Ustaw hasło do portalu: MPEC's rule, the length floor, common and context passwords (S01, S02)", async () => {
    const result = await register({ customerNumber: "100003", proof: { kind: "invoice", invoiceNumber: "fv/2026/10/300" }, email: "m3@example.pl" });
    expect(result.ok).toBe(true);
    const token = result.ok ? result.passwordStepToken : "";
    const problems = async (password: string) => {
      const r = await setInitialPassword(handle.db, mpec, token, { password, passwordRepeat: password }, meta());
      return r.ok ? [] : (r.fieldErrors?.password ?? [r.formError]);
    };
    expect(await problems("Abcde12")).toContain("Hasło musi mieć co najmniej 8 znaków.");
    expect(await problems("abcdefg1")).toContain("Hasło musi zawierać przynajmniej jedną wielką literę.");
    expect(await problems("ABCDEFG1")).toContain("Hasło musi zawierać przynajmniej jedną małą literę.");
    expect(await problems("Abcdefgh")).toContain("Hasło musi zawierać przynajmniej jedną cyfrę.");
    expect((await problems("Password1"))[0]).toMatch(/zbyt popularne/);
    expect((await problems("Xy100003zz"))[0]).toMatch(/numeru odbiorcy/);
    expect((await accountOf("M3"))!.status).toBe("pending_activation");

    // Every problem at once: the rule and the repeat.
    expect(await setInitialPassword(handle.db, mpec, token, { password: "abcdefgh1", passwordRepeat: "abcdefgh2" }, meta())).toEqual({
      ok: false,
      fieldErrors: { password: ["Hasło musi zawierać przynajmniej jedną wielką literę."], passwordRepeat: [PASSWORDS_DIFFER] },
    });
    expect(await setInitialPassword(handle.db, mpec, token, { password: "Ciepło Zimą 7", passwordRepeat: "Ciepło Zimą 7" }, meta())).toEqual({
      ok: true,
      login: "100003",
    });
    const account = (await accountOf("M3"))!;
    expect(account).toMatchObject({ status: "active", mustChangePassword: false, pendingUntil: null });
    expect(account.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifySecret(account.passwordHash!, "Ciepło Zimą 7")).toBe(true);
    const mails = await handle.db.select().from(emailOutbox).where(eq(emailOutbox.to, "m3@example.pl"));
    expect(mails.map((m) => m.template)).toEqual(["account-created"]);

    // S05: the step's token works once.
    expect(await passwordStep(handle.db, mpec, token)).toEqual({ ok: false });
    expect((await setInitialPassword(handle.db, mpec, token, { password: "Inne Hasło 8", passwordRepeat: "Inne Hasło 8" }, meta())).ok).toBe(false);
  });

  it("the step expires after 30 minutes", async () => {
    const result = await registerByCustomerNumber(handle.db, mpec, await input({ email: "m1b@example.pl" }), meta());
    expect(result.ok).toBe(true);
    setClockOffsetSeconds(31 * 60);
    const password = { password: "Ciepło Zimą 7", passwordRepeat: "Ciepło Zimą 7" };
    expect((await setInitialPassword(handle.db, mpec, result.ok ? result.passwordStepToken : "", password, meta())).ok).toBe(false);
  });

  it("an existing active account is reported only after proof", async () => {
    const again = await register({ customerNumber: "100003", proof: { kind: "invoice", invoiceNumber: "FV/2026/10/300" } });
    expect(again).toEqual({ ok: false, formError: customerNumberMessages.hasAccount(mpec) });
    const stranger = await register({ customerNumber: "100003", proof: { kind: "invoice", invoiceNumber: "FV/1" } });
    expect(stranger).toEqual({ ok: false, formError: customerNumberMessages.noProof(mpec) });
  });
});

let ipCounter = 0;
/** A new client address for every attempt: the limits below must hold across addresses. */
const freshIp = () => meta(`198.18.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`);
const mailsTo = async (to: string) => handle.db.select().from(emailOutbox).where(eq(emailOutbox.to, to));

describe(`MPEC registration: proofs the CRM allows, limits per customer number, notices (${testDbKind})`, () => {
  beforeAll(async () => {
    await importRecords(handle.db, mpec, [
      customer("M4", { kind: "individual", customerNumber: "100004", email: "crm-m4@example.pl" }),
      invoice("M4-a", "M4", "FV/2026/10/400", "2026-10-31", "80.00"),
      customer("M5", { kind: "individual", customerNumber: "100005", email: "m5@example.pl" }),
      invoice("M5-a", "M5", "FV/2026/10/500", "2026-10-31", "50.00"),
      customer("M6", { kind: "individual", customerNumber: "100006", email: "crm-m6@example.pl" }),
      invoice("M6-a", "M6", "FV/2026/10/600", "2026-10-31", "60.00"),
      customer("M7", { kind: "individual", customerNumber: "100007", email: "Crm-M7@Example.pl" }),
      invoice("M7-a", "M7", "FV/2026/10/700", "2026-10-31", "70.00"),
      customer("M8", { kind: "individual", customerNumber: "100008", email: "m8@example.pl" }),
      invoice("M8-a", "M8", "FV/2026/10/800", "2026-10-31", "80.00"),
    ]);
  });

  it("S26: five failed proofs block a customer number for 24 h; the 6th attempt with the right proof from a new address is refused; the CRM's address is told once", async () => {
    const attempt = async (invoiceNumber: string) =>
      register({ customerNumber: "100004", proof: { kind: "invoice", invoiceNumber }, email: "m4@example.pl" }, freshIp());
    for (let i = 1; i <= 5; i++) expect(await attempt(`FV/ZLA/${i}`)).toEqual({ ok: false, formError: customerNumberMessages.noProof(mpec) });
    expect(await attempt("FV/2026/10/400")).toEqual({ ok: false, formError: customerNumberMessages.blocked(mpec) });
    for (const contact of [mpec.contacts.phone, mpec.contacts.emailIndividual, mpec.contacts.emailBusiness])
      expect(customerNumberMessages.blocked(mpec)).toContain(contact);
    expect(await accountOf("M4")).toBeUndefined();

    const notices = await mailsTo("crm-m4@example.pl");
    expect(notices.map((m) => m.template)).toEqual(["registration-blocked"]);
    expect(notices[0]!.text).toContain("dla numeru odbiorcy 100004");
    expect(await mailsTo("m4@example.pl")).toEqual([]);
    const audits = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, "mpec"), eq(auditLog.action, "registration.blocked")));
    expect(audits).toHaveLength(1);

    // A day later the number is free again, and the right proof registers.
    setClockOffsetSeconds(24 * 3600 + 60);
    expect(await attempt("FV/2026/10/400")).toMatchObject({ ok: true, login: "100004" });
    expect((await mailsTo("crm-m4@example.pl")).map((m) => m.template).sort()).toEqual(["registration-blocked", "registration-notice"]);
  });

  it("S26: staff see the block on the customer's page and lift it; the customer registers at once; audited; outside their tenants nothing", async () => {
    await importRecords(handle.db, mpec, [
      customer("M9", { kind: "individual", customerNumber: "100009", email: "crm-m9@example.pl" }),
      invoice("M9-a", "M9", "FV/2026/10/900", "2026-10-31", "90.00"),
    ]);
    const attempt = async (invoiceNumber: string) =>
      register({ customerNumber: "100009", proof: { kind: "invoice", invoiceNumber }, email: "m9@example.pl" }, freshIp());
    for (let i = 1; i <= 5; i++) await attempt(`FV/ZLA/${i}`);
    expect(await attempt("FV/2026/10/900")).toEqual({ ok: false, formError: customerNumberMessages.blocked(mpec) });

    const request = { ip: "198.51.100.9", userAgent: "vitest" };
    const mpecStaff = staffScope(handle.db, { id: randomUUID(), tenants: ["mpec"] }, request);
    const poloStaff = staffScope(handle.db, { id: randomUUID(), tenants: ["polo"] }, request);
    const detail = await customerDetail(mpecStaff, "mpec", "M9", new Date());
    expect(detail!.registrationBlockedUntil!.getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);

    expect(await unblockRegistration(poloStaff, { tenantId: "mpec", customerId: "M9" })).toEqual({ ok: false, reason: "not-found" });
    expect(await unblockRegistration(mpecStaff, { tenantId: "mpec", customerId: "M9" })).toEqual({ ok: true });
    expect(await unblockRegistration(mpecStaff, { tenantId: "mpec", customerId: "M9" })).toEqual({ ok: false, reason: "not-blocked" });
    expect((await customerDetail(mpecStaff, "mpec", "M9", new Date()))!.registrationBlockedUntil).toBeNull();
    const audits = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "registration.unblocked"), eq(auditLog.targetId, "M9")));
    expect(audits).toMatchObject([{ tenantId: "mpec", actorKind: "staff", actorId: mpecStaff.staff.id, ip: request.ip }]);

    // The failed proofs are forgotten too: the right proof registers now, not a day later.
    expect(await attempt("FV/2026/10/900")).toMatchObject({ ok: true, login: "100009" });
  });

  it("S26, S06: an unknown customer number is blocked the same way, and nobody is e-mailed", async () => {
    const before = (await handle.db.select().from(emailOutbox)).length;
    const attempt = async () => registerByCustomerNumber(handle.db, mpec, await input({ customerNumber: "909090", email: "nikt@example.pl" }), freshIp());
    for (let i = 1; i <= 5; i++) expect(await attempt()).toEqual({ ok: false, formError: customerNumberMessages.noProof(mpec) });
    expect(await attempt()).toEqual({ ok: false, formError: customerNumberMessages.blocked(mpec) });
    expect(await handle.db.select().from(emailOutbox)).toHaveLength(before);
  });

  it("S07: attempts per customer number are limited across addresses; attempts without a solved captcha do not use them up", async () => {
    const proof = { customerNumber: "100008", proof: { kind: "invoice", invoiceNumber: "FV/2026/10/800" }, email: "m8@example.pl" } as const;
    for (let i = 0; i < IDENTIFIER_RATE.limit + 2; i++) {
      expect(await registerByCustomerNumber(handle.db, mpec, await input({ ...proof, captcha: "" }), freshIp())).toEqual({
        ok: false,
        fieldErrors: { altcha: [CAPTCHA_MESSAGES.missing] },
      });
    }
    // A pending registration starts afresh with the same proof — ten times an hour at most.
    for (let i = 0; i < IDENTIFIER_RATE.limit; i++)
      expect(await registerByCustomerNumber(handle.db, mpec, await input(proof), freshIp())).toMatchObject({ ok: true });
    expect(await registerByCustomerNumber(handle.db, mpec, await input(proof), freshIp())).toEqual({ ok: false, formError: TOO_MANY_FOR_IDENTIFIER });
  });

  it("the settlement amount proves only a customer the CRM marks for it; the last invoice's number proves anyone", async () => {
    const settlement = await register({ customerNumber: "100005", proof: { kind: "settlement", grosze: 5000 }, email: "m5@example.pl" }, freshIp());
    expect(settlement).toEqual({ ok: false, formError: customerNumberMessages.noProof(mpec) });
    expect(await accountOf("M5")).toBeUndefined();
    const byNumber = await register(
      { customerNumber: "100005", proof: { kind: "invoice", invoiceNumber: "FV/2026/10/500" }, email: "m5@example.pl" },
      freshIp(),
    );
    expect(byNumber).toMatchObject({ ok: true });
  });

  it("a registration with an e-mail other than the CRM's tells the CRM's address; with the same address (any case) nobody else is told", async () => {
    const other = await register(
      { customerNumber: "100006", proof: { kind: "invoice", invoiceNumber: "FV/2026/10/600" }, email: "ktos.inny@example.pl" },
      freshIp(),
    );
    expect(other.ok).toBe(true);
    const [notice, ...more] = await mailsTo("crm-m6@example.pl");
    expect(more).toEqual([]);
    expect(notice).toMatchObject({ template: "registration-notice", tenantId: "mpec" });
    expect(notice!.text).toContain("z loginem 100006");
    expect(notice!.text).toContain("k***@example.pl");
    expect(notice!.text).not.toContain("ktos.inny@example.pl");
    expect(notice!.text).toContain(`tel. ${mpec.contacts.phone}`);

    const same = await register(
      { customerNumber: "100007", proof: { kind: "invoice", invoiceNumber: "FV/2026/10/700" }, email: "crm-m7@example.pl" },
      freshIp(),
    );
    expect(same.ok).toBe(true);
    expect(await mailsTo("Crm-M7@Example.pl")).toEqual([]);
    expect(await mailsTo("crm-m7@example.pl")).toEqual([]);
  });
});

describe(`registration flows are bound to their tenant (${testDbKind})`, () => {
  it("S14: the customer-number flow is refused on a tenant that registers by contract, and the reverse", async () => {
    expect(await registerByCustomerNumber(handle.db, polo, await input(), meta())).toEqual({ ok: false, formError: FLOW_NOT_OFFERED });
    const contractInput = { kind: "individual", taxId: "44051401359", contractNumber: "X", login: null, phone: "+48600100200", email: "x@example.pl" } as const;
    expect(await registerByContract(handle.db, mpec, contractInput, meta())).toEqual({ ok: false, formError: FLOW_NOT_OFFERED });
    expect(await handle.db.select().from(accounts).where(eq(accounts.tenantId, "polo"))).toEqual([]);
  });
});
