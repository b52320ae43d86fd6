import { describe, expect, it } from "vitest";
import { defaultQuery, listHref, parseListQuery } from "@/lib/billing/list-query";

describe("the document list's URL state", () => {
  it("reads filters, sort and page from the query", () => {
    expect(
      parseListQuery({
        rodzaj: "correction",
        status: "overdue",
        od: "2026-01-01",
        do: "2026-06-30",
        umowa: "K-1",
        sortuj: "amount",
        kierunek: "asc",
        strona: "3",
      }),
    ).toEqual({
      kind: "correction",
      status: "overdue",
      from: "2026-01-01",
      to: "2026-06-30",
      contract: "K-1",
      sort: "amount",
      dir: "asc",
      page: 3,
    });
  });

  it("falls back to the defaults for values it does not know, without an error", () => {
    expect(parseListQuery({ rodzaj: "x", status: ["paid", "x"], od: "2026-02-31", do: "wczoraj", sortuj: "'; drop", kierunek: "up", strona: "-2" })).toEqual({
      ...defaultQuery,
      status: "paid",
    });
    expect(parseListQuery({ strona: "1.5" }).page).toBe(1);
    expect(parseListQuery({ strona: "99999999999" }).page).toBe(1);
  });

  it("builds links that leave defaults out and keep the rest", () => {
    expect(listHref("/faktury", defaultQuery)).toBe("/faktury");
    expect(listHref("/faktury", { ...defaultQuery, status: "unpaid" }, { page: 2, sort: "due", dir: "asc" })).toBe(
      "/faktury?status=unpaid&sortuj=due&kierunek=asc&strona=2",
    );
  });
});
