import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { testDbKind } from "@/tests/helpers/db";
import { auditLog, emailOutbox } from "@/db/schema";
import { requireTenantById } from "@/lib/tenant/registry";
import { setClockOffsetSeconds } from "@/lib/clock";
import { loginReminderAnswer, LOGIN_REMINDER_MESSAGE, remindLogin } from "@/lib/accounts/remind-login";
import { THROTTLED_MESSAGE } from "@/lib/security/recovery-limits";
import { addAccount, mailsTo, requestCtx, setupRecoveryDb } from "./recovery-world";

const handle = setupRecoveryDb();

const polo = requireTenantById("polo");
const fast = { minDurationMs: 0 };
const loginsIn = (text: string) => [...text.matchAll(/^Login: (\S+)$/gm)].map((m) => m[1]);

describe(`"Nie pamiętasz nazwy użytkownika?" (${testDbKind})`, () => {
  it("S06: one e-mail lists every login of the address (any case, active and pending), none of another tenant", async () => {
    await addAccount(handle.db, "polo", { login: "anna.a", email: "Anna@Example.pl" });
    await addAccount(handle.db, "polo", { login: "anna.b", email: "anna@example.pl", status: "pending_activation" });
    await addAccount(handle.db, "polo", { login: "anna.off", email: "anna@example.pl", status: "disabled" });
    await addAccount(handle.db, "polsp", { login: "anna.polsp", email: "anna@example.pl" });

    const answer = await remindLogin(handle.db, polo, { email: "anna@example.pl" }, requestCtx(), fast);
    expect(answer).toEqual(loginReminderAnswer);
    expect(answer.message).toBe("Wysłano wiadomość e-mail, zawierającą login użytkownika o podanym w formularzu adresie e-mail.");

    const mails = await mailsTo(handle.db, "anna@example.pl", "login-reminder");
    expect(mails).toHaveLength(1);
    expect(mails[0]!.tenantId).toBe("polo");
    expect(loginsIn(mails[0]!.text).sort()).toEqual(["anna.a", "anna.b"]);
    expect(mails[0]!.text).not.toContain("anna.polsp");
  });

  it("S06: an unknown address gets the same answer and no e-mail", async () => {
    const before = await handle.db.select().from(emailOutbox);
    const answer = await remindLogin(handle.db, polo, { email: "nikt@example.pl" }, requestCtx(), fast);
    expect(answer).toEqual({ status: "success", message: LOGIN_REMINDER_MESSAGE });
    expect(await handle.db.select().from(emailOutbox)).toHaveLength(before.length);
    const [row] = await handle.db.select().from(auditLog).where(eq(auditLog.action, "login_reminder.requested")).orderBy(auditLog.id);
    expect(row).toBeDefined();
  });

  it("S07: per-address and per-e-mail limits throttle with one message for known and unknown addresses", async () => {
    setClockOffsetSeconds(3600 - (Math.floor(Date.now() / 1000) % 3600) + 1);
    await addAccount(handle.db, "polo", { login: "limit.a", email: "limit@example.pl" });
    const known = [];
    const unknown = [];
    for (let i = 0; i < 6; i++) known.push(await remindLogin(handle.db, polo, { email: "limit@example.pl" }, requestCtx(`192.0.2.${i + 1}`), fast));
    for (let i = 0; i < 6; i++) unknown.push(await remindLogin(handle.db, polo, { email: "brak@example.pl" }, requestCtx(`192.0.2.${i + 1}`), fast));
    expect(known[5]).toEqual({ status: "error", formError: THROTTLED_MESSAGE });
    expect(unknown[5]).toEqual(known[5]);
    expect(await mailsTo(handle.db, "limit@example.pl")).toHaveLength(5);

    const flood = [];
    for (let i = 0; i < 50; i++) flood.push(await remindLogin(handle.db, polo, { email: `x${i}@example.pl` }, requestCtx("203.0.113.77"), fast));
    expect(flood[49]).toEqual({ status: "error", formError: THROTTLED_MESSAGE });
  });
});
