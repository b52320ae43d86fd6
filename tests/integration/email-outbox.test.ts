import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDb, testDbKind } from "@/tests/helpers/db";
import type { DbHandle } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { sendEmail } from "@/lib/email/send";
import { requireTenantById } from "@/lib/tenant/registry";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => handle.close());
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
