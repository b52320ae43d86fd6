import { describe, expect, it } from "vitest";
import { requireTenantById } from "@/lib/tenant/registry";
import { ageText, calendarDaysBetween, dueState, parseQueueParams, scopeCategories } from "@/lib/staff/ticket-queue-params";

const polo = requireTenantById("polo");
const mpec = requireTenantById("mpec");
const at = new Date("2026-11-21T10:00:00+01:00");

describe("console ticket queue parameters", () => {
  it("defaults to the open tickets of every tenant in scope, page 1", () => {
    expect(parseQueueParams([polo], {})).toEqual({
      filters: { status: "open" },
      values: { sprzedawca: "", status: "", kategoria: "", starsze: "" },
      page: 1,
      invalidAge: false,
    });
  });

  it("keeps known values and drops a tenant out of scope, an unknown status or category and a bad age", () => {
    const parsed = parseQueueParams([polo, mpec], { sprzedawca: "mpec", status: "closed", kategoria: "techniczne", starsze: "7", strona: "3" });
    expect(parsed.filters).toEqual({ tenantId: "mpec", status: "closed", category: "techniczne", olderThanDays: 7 });
    expect(parsed.page).toBe(3);
    const dropped = parseQueueParams([polo], { sprzedawca: "polsp", status: "usuniete", kategoria: "techniczne", starsze: "-1", strona: "x" });
    expect(dropped.filters).toEqual({ status: "open" });
    expect(dropped).toMatchObject({ page: 1, invalidAge: true });
    expect(parseQueueParams([polo], { status: "all" }).filters.status).toBe("all");
  });

  it("lists each category of the scope once", () => {
    expect(scopeCategories([polo, mpec]).map((c) => c.id)).toEqual(["zapytanie", "reklamacja", "dokumenty", "dane", "ekonomiczne", "techniczne"]);
  });

  it("puts the 14-day limit in words: days left, today, overdue", () => {
    expect(dueState(new Date("2026-12-05T10:00:00+01:00"), at)).toEqual({ text: "Pozostało: 14 dni", overdue: false, daysLeft: 14 });
    expect(dueState(new Date("2026-11-22T09:00:00+01:00"), at).text).toBe("Pozostało: 1 dzień");
    expect(dueState(new Date("2026-11-21T18:00:00+01:00"), at).text).toBe("Termin mija dziś");
    expect(dueState(new Date("2026-11-21T08:00:00+01:00"), at)).toMatchObject({ text: "Po terminie (minął dziś)", overdue: true });
    expect(dueState(new Date("2026-11-20T23:00:00+01:00"), at)).toMatchObject({ text: "Po terminie o 1 dzień", overdue: true });
    expect(dueState(new Date("2026-11-18T12:00:00+01:00"), at).text).toBe("Po terminie o 3 dni");
  });

  it("counts age in Warsaw calendar days, across the change to winter time", () => {
    expect(ageText(new Date("2026-11-21T00:30:00+01:00"), at)).toBe("dziś");
    expect(ageText(new Date("2026-11-20T23:30:00+01:00"), at)).toBe("1 dzień");
    expect(calendarDaysBetween(new Date("2026-10-24T12:00:00+02:00"), new Date("2026-10-26T12:00:00+01:00"))).toBe(2);
  });
});
