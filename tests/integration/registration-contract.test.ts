import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { accounts, auditLog, authTokens, consentEvents, emailOutbox, rateLimits, regulationAcceptances } from "@/db/schema";
import { setClockOffsetSeconds } from "@/lib/clock";
import { contractMessages, registerByContract } from "@/lib/accounts/register-by-contract";
import { IDENTIFIER_RATE, LOGIN_TAKEN_ANSWERS, REGISTRATION_RATE, TOO_MANY_ATTEMPTS, TOO_MANY_FOR_IDENTIFIER } from "@/lib/accounts/registration-limits";
import type { ContractRegistration } from "@/lib/accounts/schemas/registration";
import { contract, customer, importRecords, meta, polo, polsp } from "./registration-world";
import { tenantRow } from "@/tests/helpers/tenant-row";

const handle = setupTestDb();
const PESEL = "44051401359";
const NIP = "1234563218";

beforeAll(async () => {
  await importRecords(handle.db, polo, [
    customer("C1", { kind: "individual", pesel: PESEL }),
    contract("K1", "C1", "UE/1", "active"),
    customer("C2", { kind: "business", nip: NIP }),
    contract("K2", "C2", "UE/2", "signed_by_customer"),
    customer("C3", { kind: "individual", pesel: "02070803628" }),
    contract("K3", "C3", "UE/3", "draft"),
    customer("C4", { kind: "individual", pesel: "90090515836" }),
    contract("K4", "C4", "UE/4", "terminated"),
    customer("C5", { kind: "individual", pesel: "85020312371" }),
    contract("K5", "C5", "UE/5", "active"),
  ]);
  await importRecords(handle.db, polsp, [customer("S1", { kind: "individual", pesel: "75100123489" }), contract("SK1", "S1", "SP/1", "active")]);
});
afterEach(() => setClockOffsetSeconds(0));

const individual = (over: Partial<ContractRegistration> = {}): ContractRegistration => ({
  kind: "individual",
  taxId: PESEL,
  contractNumber: "UE/1",
  login: null,
  phone: "+48600100200",
  email: "jan@example.pl",
  ...over,
});

const accountOf = async (customerId: string) => await tenantRow(handle.db, accounts, "polo", accounts.customerId, customerId);

describe(`registration by contract (${testDbKind})`, () => {
  it("registers an individual: pending account, consents, regulation, one activation e-mail, audit", async () => {
    const result = await registerByContract(handle.db, polo, individual({ login: "Jan.K" }), meta());
    expect(result).toMatchObject({ ok: true, login: "Jan.K" });
    const account = await accountOf("C1");
    expect(account).toMatchObject({ status: "pending_activation", login: "Jan.K", email: "jan@example.pl", phone: "+48600100200", passwordHash: null });
    expect(account!.pendingUntil!.getTime() - Date.now()).toBeGreaterThan(23.9 * 3600_000);

    const consents = await handle.db.select().from(consentEvents).where(eq(consentEvents.accountId, account!.id));
    expect(consents.map((c) => [c.kind, c.granted, c.source]).sort()).toEqual([
      ["cookies", true, "registration"],
      ["regulation", true, "registration"],
    ]);
    const acceptances = await handle.db.select().from(regulationAcceptances).where(eq(regulationAcceptances.accountId, account!.id));
    expect(acceptances).toHaveLength(1);
    expect(acceptances[0]!.ip).toBe("203.0.113.7");

    const mails = await handle.db.select().from(emailOutbox).where(eq(emailOutbox.to, "jan@example.pl"));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.template).toBe("activation");
    const linkLines = mails[0]!.text.split("\n").filter((l) => /^https?:\/\/\S+\/aktywacja\/[A-Za-z0-9_-]{40,}$/.test(l.trim()));
    expect(linkLines).toHaveLength(1);
    expect(linkLines[0]).toMatch(/^http:\/\/polo\.localhost/);

    const audits = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "account.registered"), eq(auditLog.targetId, account!.id)));
    expect(audits).toHaveLength(1);
  });

  it("registers a business with an empty login: the NIP becomes the login", async () => {
    const result = await registerByContract(
      handle.db,
      polo,
      individual({ kind: "business", taxId: NIP, contractNumber: "UE/2", email: "firma@example.pl" }),
      meta(),
    );
    expect(result).toMatchObject({ ok: true, login: NIP });
    expect((await accountOf("C2"))?.login).toBe(NIP);
    expect(await handle.db.select().from(emailOutbox).where(eq(emailOutbox.to, "firma@example.pl"))).toHaveLength(1);
  });

  it("accepts a terminated contract (it was signed)", async () => {
    const result = await registerByContract(handle.db, polo, individual({ taxId: "90090515836", contractNumber: "UE/4", email: "c4@example.pl" }), meta());
    expect(result.ok).toBe(true);
  });

  it("S06: a wrong contract number, another customer's contract and PESEL as NIP all give one message that names no part", async () => {
    const notFound = { ok: false, formError: contractMessages.notFound(polo) };
    expect(await registerByContract(handle.db, polo, individual({ contractNumber: "UE/999" }), meta())).toEqual(notFound);
    expect(await registerByContract(handle.db, polo, individual({ contractNumber: "UE/2" }), meta())).toEqual(notFound);
    expect(await registerByContract(handle.db, polo, individual({ kind: "business", taxId: PESEL }), meta())).toEqual(notFound);
    expect(contractMessages.notFound(polo)).toContain(polo.contacts.phone);
  });

  it("S14: another tenant's contract is unknown here", async () => {
    const result = await registerByContract(handle.db, polo, individual({ taxId: "75100123489", contractNumber: "SP/1" }), meta());
    expect(result).toEqual({ ok: false, formError: contractMessages.notFound(polo) });
  });

  it("refuses a draft contract, after proof of identity", async () => {
    const result = await registerByContract(handle.db, polo, individual({ taxId: "02070803628", contractNumber: "UE/3" }), meta());
    expect(result).toEqual({ ok: false, formError: contractMessages.notSigned(polo) });
    expect(contractMessages.notSigned(polo)).toBe(
      "Rejestracja w mojBOK POLO jest możliwa dopiero po nadaniu umowie statusu co najmniej „Podpisana przez klienta”.",
    );
    expect(await accountOf("C3")).toBeUndefined();
  });

  it("one account per customer: a pending registration says the link was sent, an active account says it exists", async () => {
    expect(await registerByContract(handle.db, polo, individual({ login: "other" }), meta())).toEqual({ ok: false, formError: contractMessages.pending });
    await handle.db
      .update(accounts)
      .set({ status: "active", pendingUntil: null })
      .where(and(eq(accounts.tenantId, "polo"), eq(accounts.customerId, "C2")));
    const again = await registerByContract(handle.db, polo, individual({ kind: "business", taxId: NIP, contractNumber: "UE/2" }), meta());
    expect(again).toEqual({ ok: false, formError: contractMessages.hasAccount(polo) });
  });

  it("a login is unique in the tenant, whatever its case", async () => {
    const result = await registerByContract(
      handle.db,
      polo,
      individual({ taxId: "85020312371", contractNumber: "UE/5", login: "JAN.k", email: "c5@example.pl" }),
      meta(),
    );
    expect(result).toEqual({ ok: false, fieldErrors: { login: [contractMessages.loginTaken] } });
    // The same login at another tenant is free.
    const elsewhere = await registerByContract(handle.db, polsp, individual({ taxId: "75100123489", contractNumber: "SP/1", login: "jan.k" }), meta());
    expect(elsewhere.ok).toBe(true);
  });

  it("an expired, unactivated registration frees the customer and its login", async () => {
    setClockOffsetSeconds(24 * 3600 + 60);
    // Another customer may now take the login "Jan.K" reserved by C1's expired registration.
    const taken = await registerByContract(
      handle.db,
      polo,
      individual({ taxId: "85020312371", contractNumber: "UE/5", login: "jan.K", email: "c5@example.pl" }),
      meta(),
    );
    expect(taken).toMatchObject({ ok: true, login: "jan.K" });
    expect(await accountOf("C1")).toBeUndefined();
    // And C1 may register again.
    const again = await registerByContract(handle.db, polo, individual({ login: "jan.nowy" }), meta());
    expect(again).toMatchObject({ ok: true, login: "jan.nowy" });
    const tokens = await handle.db
      .select()
      .from(authTokens)
      .where(eq(authTokens.accountId, (await accountOf("C1"))!.id));
    expect(tokens).toHaveLength(1);
  });

  it("two registrations racing for one login: one wins, the other gets the login message", async () => {
    await importRecords(handle.db, polo, [
      customer("R1", { kind: "individual", pesel: "91010134511" }),
      contract("RK1", "R1", "UE/R1", "active"),
      customer("R2", { kind: "individual", pesel: "92020245626" }),
      contract("RK2", "R2", "UE/R2", "active"),
    ]);
    const results = await Promise.all([
      registerByContract(handle.db, polo, individual({ taxId: "91010134511", contractNumber: "UE/R1", login: "wyscig" }), meta()),
      registerByContract(handle.db, polo, individual({ taxId: "92020245626", contractNumber: "UE/R2", login: "WYSCIG" }), meta()),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, fieldErrors: { login: [contractMessages.loginTaken] } });
  });

  it("S07: registration attempts are limited per client address", async () => {
    // A new PESEL and contract number each time, so only the address's counter can refuse.
    const attempt = (i: number, ip = "198.51.100.9") =>
      registerByContract(handle.db, polo, individual({ taxId: `P-${i}`, contractNumber: `UE/none-${i}` }), meta(ip));
    for (let i = 0; i < REGISTRATION_RATE.limit; i++) expect((await attempt(i)).ok).toBe(false);
    expect(await attempt(100)).toEqual({ ok: false, formError: TOO_MANY_ATTEMPTS });
    expect(await attempt(101, "198.51.100.10")).toEqual({ ok: false, formError: contractMessages.notFound(polo) });
  });
});

let ipCounter = 0;
/** A new client address for every attempt: the limits below must hold across addresses. */
const freshIp = () => meta(`198.18.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`);
const mailsTo = async (to: string) => handle.db.select().from(emailOutbox).where(eq(emailOutbox.to, to));

describe(`registration by contract: limits per identity (${testDbKind})`, () => {
  beforeAll(async () => {
    await importRecords(handle.db, polo, [
      customer("B1", { kind: "individual", pesel: "81010200134", email: "crm-b1@example.pl" }),
      contract("BK1", "B1", "UE/B1", "active"),
      customer("B2", { kind: "individual", pesel: "81010200141", email: "crm-b2@example.pl" }),
      contract("BK2", "B2", "UE/B2", "active"),
      customer("B3", { kind: "individual", pesel: "81010200158" }),
      contract("BK3", "B3", "UE/B3", "active"),
      customer("B4", { kind: "individual", pesel: "81010200165" }),
      contract("BK4", "B4", "UE/B4", "active"),
    ]);
  });

  it("S26: five failed proofs block a PESEL for 24 h from any address; the 6th attempt with the right contract is refused; the CRM's address is told once", async () => {
    const wrong = (i: number) => registerByContract(handle.db, polo, individual({ taxId: "81010200134", contractNumber: `UE/B1-zly-${i}` }), freshIp());
    for (let i = 1; i <= 5; i++) expect(await wrong(i)).toEqual({ ok: false, formError: contractMessages.notFound(polo) });
    const right = () => registerByContract(handle.db, polo, individual({ taxId: "81010200134", contractNumber: "UE/B1", email: "b1@example.pl" }), freshIp());
    expect(await right()).toEqual({ ok: false, formError: contractMessages.blocked(polo) });
    expect(contractMessages.blocked(polo)).toContain(polo.contacts.phone);
    expect(await accountOf("B1")).toBeUndefined();
    const notices = await mailsTo("crm-b1@example.pl");
    expect(notices.map((m) => m.template)).toEqual(["registration-blocked"]);
    expect(notices[0]!.text).toContain("dla numeru PESEL zakończonego cyframi 0134");
    expect(notices[0]!.text).not.toContain("81010200134");
    // The counters are keyed by an HMAC: the table holds no PESEL.
    const buckets = await handle.db.select().from(rateLimits);
    expect(buckets.some((b) => b.bucket.includes("81010200134"))).toBe(false);

    setClockOffsetSeconds(24 * 3600 + 60);
    expect(await right()).toMatchObject({ ok: true });
    expect((await mailsTo("crm-b1@example.pl")).map((m) => m.template)).toEqual(["registration-blocked"]);
  });

  it("S26: five failed proofs against one contract number (other PESELs) block that contract too; its customer's CRM address is told", async () => {
    const others = ["44051401359", "02070803628", "90090515836", "85020312371", "75100123489"];
    for (const taxId of others)
      expect(await registerByContract(handle.db, polo, individual({ taxId, contractNumber: "UE/B2" }), freshIp())).toEqual({
        ok: false,
        formError: contractMessages.notFound(polo),
      });
    expect(await registerByContract(handle.db, polo, individual({ taxId: "81010200141", contractNumber: "UE/B2", email: "b2@example.pl" }), freshIp())).toEqual(
      {
        ok: false,
        formError: contractMessages.blocked(polo),
      },
    );
    const notices = await mailsTo("crm-b2@example.pl");
    expect(notices.map((m) => m.template)).toEqual(["registration-blocked"]);
    expect(notices[0]!.text).toContain("dla umowy nr UE/B2");
  });

  it("S07: registration attempts are limited per PESEL/NIP across addresses, proven or not", async () => {
    const attempt = () => registerByContract(handle.db, polo, individual({ taxId: "81010200158", contractNumber: "UE/B3", email: "b3@example.pl" }), freshIp());
    expect(await attempt()).toMatchObject({ ok: true });
    for (let i = 2; i <= IDENTIFIER_RATE.limit; i++) expect(await attempt()).toEqual({ ok: false, formError: contractMessages.pending });
    expect(await attempt()).toEqual({ ok: false, formError: TOO_MANY_FOR_IDENTIFIER });
  });

  it("S06: “login taken” is said only after proof of identity, and at most five times a day to one customer", async () => {
    await handle.db
      .update(accounts)
      .set({ login: "zajety.login" })
      .where(and(eq(accounts.tenantId, "polo"), eq(accounts.customerId, "B3")));
    const withLogin = (login: string, over: Partial<ContractRegistration> = {}) =>
      registerByContract(handle.db, polo, individual({ taxId: "81010200165", contractNumber: "UE/B4", login, email: "b4@example.pl", ...over }), freshIp());
    // Without the proof, a taken login is not mentioned.
    expect(await withLogin("ZAJETY.login", { contractNumber: "UE/B4-inna" })).toEqual({ ok: false, formError: contractMessages.notFound(polo) });
    const taken = { ok: false, fieldErrors: { login: [contractMessages.loginTaken] } };
    for (let i = 0; i < LOGIN_TAKEN_ANSWERS.limit; i++) expect(await withLogin("zajety.login")).toEqual(taken);
    // Used up: no chosen login is answered, taken or free — only the PESEL as login remains.
    const used = { ok: false, fieldErrors: { login: [contractMessages.loginChoicesUsed] } };
    expect(await withLogin("zajety.login")).toEqual(used);
    expect(await withLogin("wolny.login")).toEqual(used);
    expect(
      await registerByContract(handle.db, polo, individual({ taxId: "81010200165", contractNumber: "UE/B4", email: "b4@example.pl" }), freshIp()),
    ).toMatchObject({
      ok: true,
      login: "81010200165",
    });
  });
});
