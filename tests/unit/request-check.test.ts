import { describe, expect, it } from "vitest";
import type { Account, Session } from "@/db/schema";
import type { Db } from "@/db/client";
import type { CustomerRequest, CustomerResolution } from "@/lib/auth/customer-scope";
import type { StaffScope } from "@/lib/staff/scope";
import {
  checkRequestWith,
  judgeTransport,
  REQUEST_REFUSED_TEXT,
  sameOrigin,
  type RequestRules,
  type RequestSources,
  type SessionKind,
} from "@/lib/request/rules";
import { ACTION_BODY_LIMIT } from "@/lib/security/action-request";
import { tenantById } from "@/lib/tenant/registry";

/**
 * The one request check of every server action and browser POST route (lib/request/rules.ts, fed by
 * lib/request/check.ts): same origin, content type, body size, the module offered, the session — and
 * nothing that touches the session before the request itself passed.
 */

const polo = tenantById("polo")!;
const mpec = tenantById("mpec")!;
const host = "polo.localhost:3100";
const form = { origin: `http://${host}`, "content-type": "multipart/form-data; boundary=----x", "content-length": "120" };

const customer = {
  scope: { db: {} as Db, tenant: polo, customerId: "K-1", accountId: "A-1", role: "holder", delegationId: null },
  account: {} as Account,
  session: {} as Session,
  customerName: null,
  sessionToken: "t",
  actsForOthers: false,
} satisfies CustomerRequest;

/** Fake sources; `asked` records which of the session lookups ran. */
function sources(headers: Record<string, string>, options: { customer?: CustomerResolution; tenant?: typeof polo } = {}) {
  const asked: string[] = [];
  const fake: RequestSources = {
    headers: async () => new Headers(headers),
    host: async () => host,
    tenant: async () => options.tenant ?? polo,
    meta: async () => ({ ip: "192.0.2.1", userAgent: "vitest" }),
    customer: async (allow, back) => {
      asked.push(`customer ${allow ?? "-"} ${back ?? "-"}`);
      return options.customer ?? { ok: true, customer };
    },
    staff: async (role) => {
      asked.push(`staff ${role ?? "-"}`);
      return {
        db: {} as StaffScope["db"],
        staff: { id: "S-1", email: "s@example.pl", role: "staff", tenants: ["polo"], sessionId: "x" },
        request: { ip: "192.0.2.1", userAgent: "vitest" },
      } satisfies StaffScope;
    },
  };
  return { fake, asked };
}

const check = <K extends SessionKind>(headers: Record<string, string>, rules: RequestRules<K>, options?: Parameters<typeof sources>[1]) => {
  const { fake, asked } = sources(headers, options);
  return checkRequestWith(fake, rules).then((result) => ({ result, asked }));
};

describe("the request check", () => {
  it("lets our own form through with the customer's scope and the request's metadata", async () => {
    const { result, asked } = await check(form, { session: "customer", module: "dashboard" });
    expect(result).toEqual({ ok: true, meta: { ip: "192.0.2.1", userAgent: "vitest" }, customer });
    expect(asked).toEqual(["customer - -"]);
  });

  it("S16: refuses a foreign, missing or unparseable Origin before looking at any session", async () => {
    for (const origin of ["https://evil.example", "http://polsp.localhost:3100", "null", "::nie-adres", undefined]) {
      const headers: Record<string, string> = { ...form };
      if (origin === undefined) delete headers.origin;
      else headers.origin = origin;
      const { result, asked } = await check(headers, { session: "customer" });
      expect(result).toEqual({ ok: false, reason: "origin", status: 403 });
      expect(asked).toEqual([]);
    }
  });

  it("reads the host the browser addressed: the first X-Forwarded-Host, without the default port", () => {
    expect(sameOrigin("https://ebok.example.pl", "ebok.example.pl:443, proxy.internal")).toBe(true);
    expect(sameOrigin("http://polo.localhost:3100", "polo.localhost:3100")).toBe(true);
    expect(sameOrigin("http://polo.localhost:3100", null)).toBe(false);
  });

  it("refuses a body of a type no form sends, and a multipart route that gets anything but multipart", async () => {
    expect((await check({ ...form, "content-type": "application/json" }, { session: "customer" })).result).toEqual({
      ok: false,
      reason: "content-type",
      status: 400,
    });
    expect((await check({ ...form, "content-type": "text/plain;charset=UTF-8" }, { session: "none", body: "multipart" })).result).toMatchObject({
      reason: "content-type",
    });
    expect((await check({ ...form, "content-type": "application/x-www-form-urlencoded" }, { session: "none" })).result).toMatchObject({ ok: true });
    expect((await check({ ...form, "content-type": "text/plain;charset=UTF-8" }, { session: "none" })).result).toMatchObject({ ok: true });
  });

  it("refuses a body over the limit: Next's action limit by default, the route's own, and any body where none belongs", async () => {
    const over = { ...form, "content-length": String(ACTION_BODY_LIMIT + 1) };
    const { result, asked } = await check(over, { session: "customer" });
    expect(result).toEqual({ ok: false, reason: "too-large", status: 413 });
    expect(asked).toEqual([]);
    expect((await check(over, { session: "customer", body: "multipart", maxBytes: ACTION_BODY_LIMIT * 10 })).result).toMatchObject({ ok: true });
    expect((await check({ origin: form.origin, "content-length": "1" }, { session: "none", body: "empty" })).result).toMatchObject({ reason: "too-large" });
    expect((await check({ origin: form.origin, "content-length": "0" }, { session: "none", body: "empty" })).result).toMatchObject({ ok: true });
  });

  it("without a usable session: where requireCustomer would send the customer, with the route's form page to come back to", async () => {
    const signedOut: CustomerResolution = { ok: false, to: "/?wylogowano=bezczynnosc&next=%2Fzgloszenia%2Fnowe" };
    const { result, asked } = await check(form, { session: "customer", back: "/zgloszenia/nowe", allow: "regulation" }, { customer: signedOut });
    expect(result).toEqual({ ok: false, reason: "session", status: 303, to: signedOut.to });
    expect(asked).toEqual(["customer regulation /zgloszenia/nowe"]);
  });

  it("a module the tenant does not offer is a 404 before the session is touched (MPEC has no Pulpit and no Faktury)", async () => {
    for (const id of ["dashboard", "invoices"] as const) {
      const { result, asked } = await check(form, { session: "customer", module: id }, { tenant: mpec });
      expect(result).toEqual({ ok: false, reason: "module", status: 404 });
      expect(asked).toEqual([]);
    }
    expect((await check(form, { session: "customer", module: ["invoices", "payments"] }, { tenant: mpec })).result).toMatchObject({ ok: true });
    expect((await check(form, { session: "customer", module: "my-data" }, { tenant: mpec })).result).toMatchObject({ ok: true });
    // Ustawienia (the password change) is linked from MPEC's header: offered everywhere.
    expect((await check(form, { session: "customer", module: "settings" }, { tenant: mpec })).result).toMatchObject({ ok: true });
  });

  it("staff requests get the staff member (with the role asked for); public ones no session lookup at all", async () => {
    const staff = await check(form, { session: "staff", role: "admin" });
    expect(staff.result).toMatchObject({ ok: true, staff: { staff: { id: "S-1" } } });
    expect(staff.asked).toEqual(["staff admin"]);
    const open = await check(form, { session: "none" });
    expect(open.result).toEqual({ ok: true, meta: { ip: "192.0.2.1", userAgent: "vitest" } });
    expect(open.asked).toEqual([]);
  });

  it("judges transport alone on plain headers, and every refusal shows one text", () => {
    expect(judgeTransport(new Headers(form), host, {})).toBeNull();
    expect(REQUEST_REFUSED_TEXT).toBe("Nie udało się wysłać formularza. Odśwież stronę i spróbuj ponownie.");
  });
});
