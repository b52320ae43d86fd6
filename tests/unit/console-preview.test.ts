import { describe, expect, it } from "vitest";
import { allTenants, requireTenantById } from "@/lib/tenant/registry";
import { demoIdentitiesFor } from "@/lib/demo/identities";
import { demoWorld, previewPath, previewScreen, previewScreens } from "@/lib/staff/preview";
import { previewDashboard, previewInvoice } from "@/lib/staff/preview-models";
import { contentSecurityPolicy, emailPreviewPolicy, frameAncestorsFor, isEmailPreviewPath, securityHeaders } from "@/lib/security/headers";

const at = new Date("2026-11-21T09:00:00Z");

describe("theme preview: demo data built in memory", () => {
  it.each(allTenants().map((t) => t.id))("%s: the demo-login persona with a history up to last month", (id) => {
    const tenant = requireTenantById(id);
    const world = demoWorld(tenant, at);
    const persona = demoIdentitiesFor(id).find((i) => i.role === "demo-login")!;
    expect(world.customer.name).toBe(persona.name);
    expect(world.customer.tenantId).toBe(id);
    expect(world.invoices.length).toBeGreaterThanOrEqual(24);
    expect(world.invoices.every(({ invoice }) => invoice.issueDate < "2026-11-01")).toBe(true);
    // Lines add up to the header, in grosze, as the import checks.
    for (const { invoice, lines } of world.invoices) if (lines.length) expect(lines.reduce((s, l) => s + l.gross, 0)).toBe(invoice.gross);
  });

  it("is deterministic: the same tenant and day give the same figures", () => {
    const polo = requireTenantById("polo");
    expect(previewDashboard(demoWorld(polo, at), at)).toEqual(previewDashboard(demoWorld(polo, at), at));
  });

  it("the dashboard: a balance, the next payment from the allocation, last month's use with a change", () => {
    const tenant = requireTenantById("polsp");
    const world = demoWorld(tenant, at);
    const dashboard = previewDashboard(world, at);
    const charged = world.invoices.reduce((s, i) => s + i.invoice.gross, 0);
    const paid = world.payments.reduce((s, p) => s + p.amount, 0);
    expect(dashboard.balance).toBe(charged - paid);
    expect(dashboard.balance).toBeGreaterThan(0); // the demo-login persona owes something
    expect(dashboard.payment).not.toBeNull();
    expect(dashboard.payment!.overdue.amount + (dashboard.payment!.upcoming?.amount ?? 0)).toBeGreaterThan(0);
    expect(dashboard.points.length).toBeGreaterThan(0);
    expect(dashboard.points[0]!.month).toBe("2026-10");
    expect(dashboard.points[0]!.quantity).not.toBeNull();
    expect(dashboard.points[0]!.changePercent).not.toBeNull();
  });

  it("the invoice: the newest billing-period invoice with its own lines, buyer and year-on-year use", () => {
    const tenant = requireTenantById("mpec");
    const world = demoWorld(tenant, at);
    const data = previewInvoice(world);
    expect(data.invoice.kind).toBe("invoice");
    expect(data.invoice.periodFrom).toBe("2026-10-01");
    expect(data.lines.length).toBeGreaterThan(0);
    expect(data.lines.every((l) => l.invoiceId === data.invoice.id)).toBe(true);
    expect(data.payer.id).toBe(world.customer.id);
    expect(data.consumption).toEqual([expect.objectContaining({ unit: "GJ", previous: expect.any(Number) })]);
  });
});

describe("theme preview: screens", () => {
  it("an unknown ?ekran falls back to the first screen", () => {
    expect(previewScreen("pulpit").id).toBe("pulpit");
    expect(previewScreen(["pulpit"]).id).toBe("logowanie");
    expect(previewScreen("../../etc").id).toBe("logowanie");
    expect(previewScreen(undefined).id).toBe("logowanie");
  });

  it("every screen's frame path may be framed by the console; the e-mail's has its own policy", () => {
    for (const screen of previewScreens) {
      const path = previewPath("polo", screen.id);
      expect(frameAncestorsFor(path)).toBe("'self'");
      expect(isEmailPreviewPath(path)).toBe(screen.id === "email");
    }
  });
});

describe("S17 framing: only the console's preview frames", () => {
  it.each([
    "/",
    "/pulpit",
    "/konsola",
    "/konsola/podglad",
    "/konsola/podglad/",
    "/konsola/logowanie",
    "/konsola/podglad/polo/pulpit/x",
    "/konsola/podglad/polo/%70ulpit",
    "/zgloszenia/podglad/polo/pulpit",
  ])("%s refuses framing", (path) => {
    const ancestors = frameAncestorsFor(path);
    expect(ancestors).toBe("'none'");
    expect(contentSecurityPolicy("bm9uY2U=", { development: false, frameAncestors: ancestors })).toContain("frame-ancestors 'none'");
    expect(securityHeaders({ production: true, frameAncestors: ancestors })["X-Frame-Options"]).toBe("DENY");
  });

  it("a preview frame may be framed by its own origin only", () => {
    const ancestors = frameAncestorsFor("/konsola/podglad/polsp/rejestracja");
    expect(contentSecurityPolicy("bm9uY2U=", { development: false, frameAncestors: ancestors })).toContain("frame-ancestors 'self'");
    expect(securityHeaders({ production: true, frameAncestors: ancestors })["X-Frame-Options"]).toBe("SAMEORIGIN");
  });

  it("the default is still no framing at all", () => {
    expect(contentSecurityPolicy("bm9uY2U=", { development: false })).toContain("frame-ancestors 'none'");
    expect(securityHeaders({ production: true })["X-Frame-Options"]).toBe("DENY");
  });

  it("the e-mail preview's policy runs no scripts and loads nothing but images", () => {
    expect(emailPreviewPolicy).toContain("default-src 'none'");
    expect(emailPreviewPolicy).not.toContain("script-src");
    expect(emailPreviewPolicy).toContain("frame-ancestors 'self'");
  });
});
