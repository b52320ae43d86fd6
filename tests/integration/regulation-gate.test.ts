import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { consentEvents, regulationAcceptances, regulationVersions } from "@/db/schema";
import { regulationToAccept } from "@/lib/regulations/acceptance";
import { warsawDate } from "@/lib/format";
import { acceptShownRegulation, REGULATION_CHANGED } from "@/lib/regulations/acceptance";
import { createAccount, tenant } from "@/tests/integration/sign-in-fixtures";
import { auditRows } from "@/tests/helpers/audit";

const handle = setupTestDb();

const polo = tenant("polo");
const request = { ip: "192.0.2.44", userAgent: "vitest" };

/**
 * What the back office will do: publish a newer version in force today. Each one a millisecond later
 * than the one before: two inserts within one millisecond would tie on publishedAt, and the newer one
 * would win only by chance.
 */
let published = 0;
async function publishNewVersion(version: string) {
  const publishedAt = new Date(Date.now() + ++published);
  const [row] = await handle.db
    .insert(regulationVersions)
    .values({
      tenantId: "polo",
      version,
      title: "Regulamin serwisu mojBOK POLO",
      markdown: "## § 1.\n\nNowa treść.",
      effectiveDate: warsawDate(new Date()),
      status: "published",
      publishedAt,
    })
    .returning();
  return row!;
}

describe(`regulation gate (${testDbKind})`, () => {
  it("a newer published version must be accepted; acceptance is recorded with version, time and address", async () => {
    const account = await createAccount(handle.db);
    expect(await regulationToAccept(handle.db, polo, account.id)).toBeNull();
    const newer = await publishNewVersion("2026-gate-1");
    expect((await regulationToAccept(handle.db, polo, account.id))?.id).toBe(newer.id);

    expect(await acceptShownRegulation(handle.db, polo, account, newer.id, request)).toEqual({ ok: true });
    expect(await regulationToAccept(handle.db, polo, account.id)).toBeNull();
    const [acceptance] = await handle.db
      .select()
      .from(regulationAcceptances)
      .where(and(eq(regulationAcceptances.accountId, account.id), eq(regulationAcceptances.regulationVersionId, newer.id)));
    expect(acceptance!.ip).toBe("192.0.2.44");
    expect(acceptance!.acceptedAt).toBeInstanceOf(Date);
    const consents = await handle.db
      .select()
      .from(consentEvents)
      .where(and(eq(consentEvents.accountId, account.id), eq(consentEvents.kind, "regulation")));
    expect(consents).toHaveLength(1);
    expect(consents[0]!.granted).toBe(true);
    const audits = await auditRows(handle.db, "regulation.accepted", "actorId", account.id);
    expect(audits).toHaveLength(1);
  });

  it("accepting a version that is no longer the current one accepts nothing", async () => {
    const account = await createAccount(handle.db);
    const shown = await publishNewVersion("2026-gate-2");
    const meanwhile = await publishNewVersion("2026-gate-3");
    expect(await acceptShownRegulation(handle.db, polo, account, shown.id, request)).toEqual({ ok: false, message: REGULATION_CHANGED });
    expect((await regulationToAccept(handle.db, polo, account.id))?.id).toBe(meanwhile.id);
  });
});
