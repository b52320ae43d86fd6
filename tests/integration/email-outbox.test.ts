import { beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { emailOutbox } from "@/db/schema";
import { sendEmail, sendEmailToEach } from "@/lib/email/send";
import { requireTenantById } from "@/lib/tenant/registry";

const handle = setupTestDb();
beforeEach(async () => {
  await handle.db.delete(emailOutbox);
});

const polo = requireTenantById("polo");
const reminder = { name: "login-reminder", props: { logins: ["jan.kowalski", "firma-sp-zoo"] } } as const;

describe(`sendEmail writes the outbox in the caller's transaction (${testDbKind})`, () => {
  it("writes nothing when the transaction rolls back", async () => {
    await expect(
      handle.db.transaction(async (tx) => {
        await sendEmail(tx, { tenant: polo, to: "jan@example.pl", template: reminder });
        expect(await tx.select().from(emailOutbox)).toHaveLength(1);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await handle.db.select().from(emailOutbox)).toHaveLength(0);
  });

  it("writes one pending row with rendered parts when it commits", async () => {
    const { id } = await handle.db.transaction((tx) => sendEmail(tx, { tenant: polo, to: " Jan@Example.pl ", template: reminder }));
    const rows = await handle.db.select().from(emailOutbox);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.id).toBe(id);
    expect(row).toMatchObject({ tenantId: "polo", to: "Jan@Example.pl", from: polo.email.from, template: "login-reminder", status: "pending", attempts: 0 });
    expect(row.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(row.text.split("\n")).toEqual(expect.arrayContaining(["Login: jan.kowalski", "Login: firma-sp-zoo"]));
    expect(row.html).toContain("jan.kowalski");
    expect(row.subject).toBe("Przypomnienie loginu — mojBOK POLO");
  });

  it("gives every message its own idempotency key and a distinct creation time", async () => {
    await handle.db.transaction(async (tx) => {
      await sendEmail(tx, { tenant: polo, to: "a@example.pl", template: reminder });
      await sendEmail(tx, { tenant: polo, to: "a@example.pl", template: reminder });
    });
    const rows = await handle.db.select().from(emailOutbox).where(eq(emailOutbox.to, "a@example.pl"));
    expect(new Set(rows.map((r) => r.idempotencyKey)).size).toBe(2);
    expect(rows[0]!.createdAt.getTime()).not.toBe(rows[1]!.createdAt.getTime());
  });
});

describe(`sendEmailToEach: one message to many, in one statement (${testDbKind})`, () => {
  it("a row per address with its own idempotency key, the same message, rolled back with the caller", async () => {
    const recipients = sql`select address from (values (' a@example.pl '), ('b@example.pl'), ('c@example.pl')) as v(address)`;
    const n = await sendEmailToEach(handle.db, { tenant: polo, recipients, template: reminder });
    expect(n).toBe(3);
    const rows = await handle.db.select().from(emailOutbox);
    expect(rows.map((r) => r.to).sort()).toEqual(["a@example.pl", "b@example.pl", "c@example.pl"]);
    expect(new Set(rows.map((r) => r.idempotencyKey)).size).toBe(3);
    const [one] = rows;
    const single = await handle.db.transaction(async (tx) => {
      await sendEmail(tx, { tenant: polo, to: "d@example.pl", template: reminder });
      return (await tx.select().from(emailOutbox).where(eq(emailOutbox.to, "d@example.pl")))[0]!;
    });
    for (const row of rows) {
      expect(row).toMatchObject({
        tenantId: "polo",
        status: "pending",
        attempts: 0,
        template: "login-reminder",
        subject: single.subject,
        from: single.from,
        html: single.html,
        text: single.text,
      });
    }
    expect(one!.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
    await expect(
      handle.db.transaction(async (tx) => {
        await sendEmailToEach(tx, { tenant: polo, recipients, template: reminder });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await handle.db.select().from(emailOutbox)).toHaveLength(4);
    expect(await sendEmailToEach(handle.db, { tenant: polo, recipients: sql`select 'x' where false`, template: reminder })).toBe(0);
  });
});
