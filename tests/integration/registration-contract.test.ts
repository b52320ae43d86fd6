import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createTestDb, testDbKind } from "@/tests/helpers/db";
import type { DbHandle } from "@/db/client";
import { accounts, auditLog, authTokens, consentEvents, emailOutbox, regulationAcceptances } from "@/db/schema";
import { setClockOffsetSeconds } from "@/lib/clock";
import { contractMessages, registerByContract } from "@/lib/accounts/register-by-contract";
import { REGISTRATION_RATE, TOO_MANY_ATTEMPTS } from "@/lib/accounts/registration-common";
import type { ContractRegistration } from "@/lib/accounts/schemas/registration";
import { contract, customer, importRecords, meta, polo, polsp } from "./registration-world";

let handle: DbHandle;
const PESEL = "44051401359";
const NIP = "1234563218";

beforeAll(async () => {
  handle = await createTestDb();
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
afterAll(async () => handle.close());

const individual = (over: Partial<ContractRegistration> = {}): ContractRegistration => ({
  kind: "individual",
  taxId: PESEL,
  contractNumber: "UE/1",
  login: null,
  phone: "+48600100200",
  email: "jan@example.pl",
  ...over,
});

const accountOf = async (customerId: string) =>
  (await handle.db.select().from(accounts).where(and(eq(accounts.tenantId, "polo"), eq(accounts.customerId, customerId))))[0];

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

    const audits = await handle.db.select().from(auditLog).where(and(eq(auditLog.action, "account.registered"), eq(auditLog.targetId, account!.id)));
    expect(audits).toHaveLength(1);
  });

  it("registers a business with an empty login: the NIP becomes the login", async () => {
    const result = await registerByContract(handle.db, polo, individual({ kind: "business", taxId: NIP, contractNumber: "UE/2", email: "firma@example.pl" }), meta());
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
    expect(contractMessages.notSigned(polo)).toBe("Rejestracja w mojBOK POLO jest możliwa dopiero po nadaniu umowie statusu co najmniej „Podpisana przez klienta”.");
    expect(await accountOf("C3")).toBeUndefined();
  });

  it("one account per customer: a pending registration says the link was sent, an active account says it exists", async () => {
    expect(await registerByContract(handle.db, polo, individual({ login: "other" }), meta())).toEqual({ ok: false, formError: contractMessages.pending });
    await handle.db.update(accounts).set({ status: "active", pendingUntil: null }).where(and(eq(accounts.tenantId, "polo"), eq(accounts.customerId, "C2")));
    const again = await registerByContract(handle.db, polo, individual({ kind: "business", taxId: NIP, contractNumber: "UE/2" }), meta());
    expect(again).toEqual({ ok: false, formError: contractMessages.hasAccount(polo) });
  });

  it("a login is unique in the tenant, whatever its case", async () => {
    const result = await registerByContract(handle.db, polo, individual({ taxId: "85020312371", contractNumber: "UE/5", login: "JAN.k", email: "c5@example.pl" }), meta());
    expect(result).toEqual({ ok: false, fieldErrors: { login: [contractMessages.loginTaken] } });
    // The same login at another tenant is free.
    const elsewhere = await registerByContract(handle.db, polsp, individual({ taxId: "75100123489", contractNumber: "SP/1", login: "jan.k" }), meta());
    expect(elsewhere.ok).toBe(true);
  });

  it("an expired, unactivated registration frees the customer and its login", async () => {
    setClockOffsetSeconds(24 * 3600 + 60);
    // Another customer may now take the login "Jan.K" reserved by C1's expired registration.
    const taken = await registerByContract(handle.db, polo, individual({ taxId: "85020312371", contractNumber: "UE/5", login: "jan.K", email: "c5@example.pl" }), meta());
    expect(taken).toMatchObject({ ok: true, login: "jan.K" });
    expect(await accountOf("C1")).toBeUndefined();
    // And C1 may register again.
    const again = await registerByContract(handle.db, polo, individual({ login: "jan.nowy" }), meta());
    expect(again).toMatchObject({ ok: true, login: "jan.nowy" });
    const tokens = await handle.db.select().from(authTokens).where(eq(authTokens.accountId, (await accountOf("C1"))!.id));
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
    const attempt = () => registerByContract(handle.db, polo, individual({ contractNumber: "UE/none" }), meta("198.51.100.9"));
    for (let i = 0; i < REGISTRATION_RATE.limit; i++) expect((await attempt()).ok).toBe(false);
    expect(await attempt()).toEqual({ ok: false, formError: TOO_MANY_ATTEMPTS });
    const elsewhere = await registerByContract(handle.db, polo, individual({ contractNumber: "UE/none" }), meta("198.51.100.10"));
    expect(elsewhere).toEqual({ ok: false, formError: contractMessages.notFound(polo) });
  });
});
