import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MarkdownContent } from "@/components/markdown";
import { newRegulationSchema } from "@/lib/regulations/publishing";

/**
 * An admin's regulation text is Markdown shown to every customer of the tenant: it must not be a
 * way to put HTML, scripts, styles (CSP) or javascript: links on the tenant's pages.
 */
const render = (markdown: string) => renderToStaticMarkup(createElement(MarkdownContent, { markdown }));

describe("regulation Markdown from the console", () => {
  it("drops raw HTML, images and javascript: links; keeps the document's structure", () => {
    const html = render(
      [
        "## § 1. Postanowienia ogólne",
        "",
        "1. Pierwszy punkt <b onclick=alert(1)>pogrubiony</b>.",
        "2. Drugi punkt <img src=x onerror=alert(2)>",
        "",
        "<script>alert(3)</script>",
        "",
        '<div style="color:red">styl</div>',
        "",
        "[kliknij](javascript:alert(4)) i [strona](https://example.pl)",
        "",
        "![obraz](https://example.pl/x.png)",
      ].join("\n"),
    );
    expect(html).toContain("<h2");
    expect(html).toContain("§ 1.");
    expect(html).toContain("<ol");
    expect(html).not.toMatch(/<script|<img|<b |onclick|onerror|style=|<div style/i);
    expect(html).not.toContain("javascript:");
    expect(html).toContain('href="https://example.pl"');
    expect(html).toContain("obraz");
  });

  it("version labels are plain URL-safe words; dates are ISO dates", () => {
    const base = { tenantId: "polsp", title: "Regulamin", markdown: "Treść", effectiveDate: "2026-12-01" };
    expect(newRegulationSchema.safeParse({ ...base, version: "2026.1" }).success).toBe(true);
    for (const version of ["", "2026 1", "../1", "a/b", "x".repeat(41), "-1"]) {
      expect(newRegulationSchema.safeParse({ ...base, version }).success, version).toBe(false);
    }
    expect(newRegulationSchema.safeParse({ ...base, version: "2", effectiveDate: "2026-13-01" }).success).toBe(false);
  });
});
