import { describe, expect, it } from "vitest";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { exportEvents } from "@/db/schema";
import { requireTenantById } from "@/lib/tenant/registry";
import { createImportKey, devImportKey } from "@/lib/import-keys";
import { EXPORT_PAGE_SIZE, INVALID_SINCE } from "@/lib/export/export-events";
import { handleExport, KEY_REQUIRED } from "@/lib/export/handle-export";
import { OUT_OF_SCOPE } from "@/lib/import-keys";
import { and, eq, isNull } from "drizzle-orm";
import { now } from "@/lib/clock";
import { warsawDate } from "@/lib/format";
import { submitReading } from "@/lib/meters/submit-reading";
import { withdrawReading } from "@/lib/meters/withdraw-reading";
import { mpec } from "./registration-world";
import { importOwners, point } from "./points-world";
import { customerScope } from "../helpers/scope";

const handle = setupTestDb();

const polo = requireTenantById("polo");
const polsp = requireTenantById("polsp");

const get = (tenantHost: string, key: string | null, since?: string) =>
  new Request(`http://${tenantHost}:3100/api/export${since === undefined ? "" : `?since=${since}`}`, {
    headers: key ? { authorization: `Bearer ${key}`, host: `${tenantHost}:3100` } : { host: `${tenantHost}:3100` },
  });

const linesOf = async (response: Response) =>
  (await response.text())
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe(`GET /api/export (${testDbKind})`, () => {
  it("key checks: missing, wrong or another seller's key → 401 JSON; an invalid cursor → 400 in Polish", async () => {
    const polspKey = await createImportKey(handle.db, "polsp", "CRM", null, "both");
    for (const key of [null, "zly-klucz", polspKey.key, devImportKey("polsp")]) {
      const response = await handleExport(handle.db, polo, get("polo.localhost", key));
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: KEY_REQUIRED });
    }
    for (const since of ["-1", "abc", "1.5"]) {
      const response = await handleExport(handle.db, polo, get("polo.localhost", devImportKey("polo"), since));
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: INVALID_SINCE });
    }
  });

  it("S31: an import-only key on /api/export → 403 with a Polish JSON error; export-only and both pass", async () => {
    const importOnly = await createImportKey(handle.db, "polo", "CRM import", null, "import");
    const refused = await handleExport(handle.db, polo, get("polo.localhost", importOnly.key));
    expect(refused.status).toBe(403);
    expect(refused.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await refused.json()).toEqual({ error: OUT_OF_SCOPE.export });
    expect(OUT_OF_SCOPE.export).toContain("Ten klucz nie pozwala pobierać danych z GET /api/export");
    for (const scope of ["export", "both"] as const) {
      const { key } = await createImportKey(handle.db, "polo", `CRM ${scope}`, null, scope);
      expect((await handleExport(handle.db, polo, get("polo.localhost", key))).status).toBe(200);
    }
    // Another seller's key stays a 401 whatever its scope: the scope never says the key exists.
    const polspExport = await createImportKey(handle.db, "polsp", "CRM", null, "export");
    expect((await handleExport(handle.db, polo, get("polo.localhost", polspExport.key))).status).toBe(401);
  });

  it("pages by cursor, at most 1000 lines a call, and never shows another seller's events", async () => {
    const at = new Date("2026-11-20T10:00:00Z");
    const rows = Array.from({ length: EXPORT_PAGE_SIZE + 5 }, (_, i) => ({
      tenantId: i % 2 === 0 ? "polo" : "polsp",
      customerId: `C-${i}`,
      type: "consent.changed",
      payload: { consent: "marketing", granted: true },
      createdAt: at,
    }));
    rows.push(...Array.from({ length: 500 }, (_, i) => ({ ...rows[0]!, customerId: `C-extra-${i}` })));
    await handle.db.insert(exportEvents).values(rows);
    const { key } = await createImportKey(handle.db, "polo", "CRM", null, "both");

    const first = await handleExport(handle.db, polo, get("polo.localhost", key));
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const page1 = await linesOf(first);
    expect(page1).toHaveLength(EXPORT_PAGE_SIZE);
    expect(page1[0]).toEqual({ cursor: page1[0]!.cursor, type: "consent.changed", customer: "C-0", at: at.toISOString(), consent: "marketing", granted: true });
    const cursors = page1.map((l) => l.cursor as number);
    expect(cursors).toEqual([...cursors].sort((a, b) => a - b));
    expect(first.headers.get("x-next-cursor")).toBe(String(cursors.at(-1)));

    const second = await handleExport(handle.db, polo, get("polo.localhost", key, first.headers.get("x-next-cursor")!));
    const page2 = await linesOf(second);
    const poloTotal = rows.filter((r) => r.tenantId === "polo").length;
    expect(page1.length + page2.length).toBe(poloTotal);
    expect(new Set([...page1, ...page2].map((l) => l.customer)).size).toBe(poloTotal);
    expect([...page1, ...page2].every((l) => !rows.some((r) => r.tenantId === "polsp" && r.customerId === l.customer))).toBe(true);

    const next = second.headers.get("x-next-cursor")!;
    const empty = await handleExport(handle.db, polo, get("polo.localhost", key, next));
    expect(await empty.text()).toBe("");
    expect(empty.headers.get("x-next-cursor")).toBe(next);

    const polspLines = await linesOf(await handleExport(handle.db, polsp, get("polsp.localhost", devImportKey("polsp"))));
    expect(polspLines).toHaveLength(rows.length - poloTotal);
    expect(polspLines.every((l) => Number(String(l.customer).slice(2)) % 2 === 1)).toBe(true);
  });

  it("marks what it hands out as exported, once: the page that answered, nothing after it; a page fetched again changes nothing", async () => {
    const at = new Date("2026-11-21T10:00:00Z");
    await handle.db.insert(exportEvents).values(
      Array.from({ length: 3 }, (_, i) => ({
        tenantId: "polsp",
        customerId: `M-${i}`,
        type: "consent.changed",
        payload: { consent: "marketing", granted: true },
        createdAt: at,
      })),
    );
    const { key } = await createImportKey(handle.db, "polsp", "CRM", null, "export");
    const before = await handle.db
      .select()
      .from(exportEvents)
      .where(and(eq(exportEvents.tenantId, "polsp"), isNull(exportEvents.exportedAt)));
    const since = String(before.at(-3)!.id - 1);
    const lines = await linesOf(await handleExport(handle.db, polsp, get("polsp.localhost", key, since)));
    expect(lines.map((l) => l.customer)).toEqual(["M-0", "M-1", "M-2"]);
    const marked = await handle.db
      .select()
      .from(exportEvents)
      .where(and(eq(exportEvents.tenantId, "polsp"), eq(exportEvents.customerId, "M-1")));
    expect(marked[0]!.exportedAt).toBeInstanceOf(Date);
    // Earlier events the CRM skipped with its cursor were not handed out by this call.
    expect(
      (
        await handle.db
          .select()
          .from(exportEvents)
          .where(and(eq(exportEvents.tenantId, "polsp"), isNull(exportEvents.exportedAt)))
      ).length,
    ).toBe(before.length - 3);
    await linesOf(await handleExport(handle.db, polsp, get("polsp.localhost", key, since)));
    const again = await handle.db
      .select()
      .from(exportEvents)
      .where(and(eq(exportEvents.tenantId, "polsp"), eq(exportEvents.customerId, "M-1")));
    expect(again[0]!.exportedAt).toEqual(marked[0]!.exportedAt);
  });

  it("says which reading replaces which, and which was withdrawn", async () => {
    await importOwners(handle.db, mpec, "X", [point("XA1", "XKA", "heat")]);
    const who = customerScope(handle.db, "mpec", "XA", "acc-XA");
    const request = { ip: null, userAgent: null };
    const today = warsawDate(now());
    const sent = await submitReading(who, request, { point: "XA1", date: today, replaces: null, values: [{ zone: "all", value: "10", confirmedValue: null }] });
    const first = sent.ok ? sent.readingId : "";
    const corrected = await submitReading(who, request, {
      point: "XA1",
      date: today,
      replaces: first,
      values: [{ zone: "all", value: "12", confirmedValue: null }],
    });
    const second = corrected.ok ? corrected.readingId : "";
    expect(await withdrawReading(who, request, { point: "XA1", reading: second })).toMatchObject({ ok: true });
    const lines = await linesOf(await handleExport(handle.db, mpec, get("mpec.localhost", devImportKey("mpec"))));
    expect(lines.map(({ cursor: _c, at: _a, ...line }) => line)).toEqual([
      { type: "reading.submitted", customer: "XA", readingId: first, pointId: "XA1", date: today, value: "10", unit: "GJ" },
      { type: "reading.submitted", customer: "XA", readingId: second, pointId: "XA1", date: today, value: "12", unit: "GJ", replaces: first },
      { type: "reading.withdrawn", customer: "XA", readingId: second, pointId: "XA1" },
    ]);
  });
});
