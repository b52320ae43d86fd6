import { describe, expect, it } from "vitest";
import { decodeFlash, encodeFlash } from "@/lib/tickets/flash";
import { parseSearch, warsawMidnight } from "@/lib/tickets/search-params";
import { requireTenantById } from "@/lib/tenant/registry";

describe("the no-JavaScript round trip of a refused ticket form", () => {
  it("carries the errors and typed values back to the same form only", () => {
    const cookie = encodeFlash({ form: "new", fieldErrors: { temat: ["Pole Temat jest wymagane"] }, values: { temat: "", wiadomosc: "Zażółć" } });
    expect(decodeFlash(cookie, "new")).toEqual({
      status: "error",
      fieldErrors: { temat: ["Pole Temat jest wymagane"] },
      formError: undefined,
      values: { temat: "", wiadomosc: "Zażółć" },
    });
    expect(decodeFlash(cookie, "another-ticket")).toEqual({ status: "idle" });
    expect(decodeFlash("not base64 json", "new")).toEqual({ status: "idle" });
  });

  it("shortens a very long text so the cookie stays under the browsers' 4 KB", () => {
    const cookie = encodeFlash({ form: "new", values: { temat: "Temat", wiadomosc: "ł".repeat(4000) } });
    expect(cookie.length).toBeLessThanOrEqual(3800);
    const state = decodeFlash(cookie, "new");
    expect(state.values?.temat).toBe("Temat");
    expect(state.values?.wiadomosc?.length).toBeGreaterThan(500);
  });
});

describe("the list's search parameters", () => {
  const polo = requireTenantById("polo");

  it("reads dates as Warsaw days, the end day inclusive", () => {
    expect(warsawMidnight("2026-01-15")?.toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(warsawMidnight("2026-07-15")?.toISOString()).toBe("2026-07-14T22:00:00.000Z");
    expect(warsawMidnight("15.07.2026")).toBeUndefined();
    const { filters } = parseSearch(polo, { od: "2026-03-28", do: "2026-03-29" });
    expect(filters.from?.toISOString()).toBe("2026-03-27T23:00:00.000Z");
    expect(filters.to?.toISOString()).toBe("2026-03-29T22:00:00.000Z");
  });

  it("ignores unknown statuses, types and pages", () => {
    const search = parseSearch(polo, { status: "hacked", typ: "nie-ma", strona: "-3", szukaj: "  licznik " });
    expect(search.filters).toEqual({ text: "licznik", from: undefined });
    expect(search.page).toBe(1);
    expect(parseSearch(polo, { status: "closed", typ: "reklamacja", strona: "2" })).toMatchObject({
      filters: { status: "closed", category: "reklamacja" },
      page: 2,
    });
  });
});
