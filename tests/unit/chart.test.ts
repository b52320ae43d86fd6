import { describe, expect, it } from "vitest";
import { HATCH_GROUND, narrowLayout, renderGroupedBarChart } from "@/lib/charts/grouped-bar-chart";
import { contrastRatio } from "@/lib/colour/contrast";
import { tenantModules } from "@/tenants/index.generated";
import { loadTenants } from "@/lib/tenant/registry";
import { formatTick, niceAxis } from "@/lib/charts/scale";
import { lastTwelveMonths, monthAbbreviation, monthAbbreviations } from "@/lib/points/months";

const series = [
  { name: "bieżący okres", look: "solid" as const },
  { name: "rok wcześniej", look: "hatched" as const },
];

function chart(values: (number | null)[][]) {
  return renderGroupedBarChart({
    id: "c",
    title: "Zużycie <test> & więcej",
    description: "Opis wykresu",
    unit: "kWh",
    series,
    groups: values.map((v, i) => ({ label: monthAbbreviations[i]!, values: v })),
  });
}

const bars = (svg: string) => [...svg.matchAll(/<rect x="[^"]+" y="([^"]+)" width="[^"]+" height="([^"]+)" data-series="(\d)" data-group="(\d+)"/g)];

describe("grouped bar chart", () => {
  const twelve = Array.from({ length: 12 }, (_, i) => [100 + i * 10, 50 + i * 10]);

  it("draws 12 months × 2 series with Polish month labels, title, desc and role img", () => {
    const svg = chart(twelve);
    expect(bars(svg)).toHaveLength(24);
    for (const label of ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"]) expect(svg).toContain(`>${label}</text>`);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="c-title c-desc"/);
    expect(svg).toContain('<title id="c-title">Zużycie &lt;test&gt; &amp; więcej</title>');
    expect(svg).toContain('<desc id="c-desc">Opis wykresu</desc>');
    expect(svg).toContain(">bieżący okres</text>");
    expect(svg).toContain(">rok wcześniej</text>");
    expect(svg).toContain(">kWh</text>");
  });

  it("has no style attributes or <style> elements (the CSP forbids inline styles)", () => {
    const svg = chart(twelve);
    expect(svg).not.toMatch(/style=/i);
    expect(svg).not.toMatch(/<style/i);
    expect(svg).not.toMatch(/<script/i);
  });

  it("scales bars to the largest value on a round axis", () => {
    const svg = chart([
      [200, 100],
      [400, 0],
    ]);
    const heights = Object.fromEntries(bars(svg).map((m) => [`${m[4]}-${m[3]}`, Number(m[2])]));
    expect(heights["1-0"]).toBeCloseTo(2 * heights["0-0"]!, 0);
    expect(heights["0-0"]).toBeCloseTo(2 * heights["0-1"]!, 0);
    expect(heights["1-1"]).toBe(0);
    expect(svg).toContain(">400</text>");
    expect(svg).toContain(">0</text>");
  });

  it("leaves out the bar of a month with no data instead of drawing zero", () => {
    const values = twelve.map((v, i) => (i === 3 ? [v[0]!, null] : v));
    const drawn = bars(chart(values));
    expect(drawn).toHaveLength(23);
    expect(drawn.some((m) => m[4] === "3" && m[3] === "1")).toBe(false);
    expect(drawn.some((m) => m[4] === "3" && m[3] === "0")).toBe(true);
  });

  it("draws the phone layout narrower, with every month and no style attributes", () => {
    const svg = renderGroupedBarChart({
      id: "n",
      title: "t",
      description: "d",
      unit: "GJ",
      series,
      groups: twelve.map((v, i) => ({ label: monthAbbreviations[i]!, values: v })),
      layout: narrowLayout,
      className: "sm:hidden",
    });
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 360 300"[^>]*class="h-auto w-full sm:hidden"/);
    expect(bars(svg)).toHaveLength(24);
    expect(svg).not.toMatch(/style/i);
  });

  it("tells the two series apart by more than hue: solid bars, and outlined bars with diagonal hatching", () => {
    const svg = chart(twelve);
    const rects = (series: string) => [...svg.matchAll(new RegExp(`<rect [^>]*data-series="${series}"[^>]*>`, "g"))].map((m) => m[0]);
    expect(rects("0")).toHaveLength(12);
    for (const bar of rects("0")) {
      expect(bar).toContain('class="fill-brand"');
      expect(bar).not.toContain("url(#");
    }
    for (const bar of rects("1")) {
      expect(bar).toContain('class="stroke-brand"');
      expect(bar).toContain('fill="url(#c-hatch-1)"');
      expect(bar).toMatch(/stroke-width="[\d.]+"/);
    }
    // The pattern: brand-coloured diagonal lines on a white ground; the legend shows both looks.
    expect(svg).toMatch(/<pattern id="c-hatch-1" [^>]*patternTransform="rotate\(45\)"><rect [^>]*fill="#ffffff"\/><line [^>]*class="stroke-brand"/);
    expect(svg).toMatch(/<rect [^>]*class="fill-brand" data-legend="0"\/>/);
    expect(svg).toMatch(/<rect [^>]*fill="url\(#c-hatch-1\)"[^>]* data-legend="1"\/>/);
  });

  it("keeps the two series' fills at least 3:1 apart in every tenant's brand colours", () => {
    for (const tenant of loadTenants(tenantModules).values()) {
      expect(contrastRatio(tenant.brand.primary, HATCH_GROUND), tenant.id).toBeGreaterThanOrEqual(3);
    }
  });

  it("draws an empty chart without dividing by zero", () => {
    const svg = chart([[null, null]]);
    expect(svg).not.toContain("NaN");
    expect(svg).not.toContain("Infinity");
  });
});

describe("axis and months", () => {
  it("picks round steps and Polish tick labels", () => {
    expect(niceAxis(1234).ticks).toEqual([0, 500, 1000, 1500]);
    expect(niceAxis(9.5).ticks).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(formatTick(2.5, 1)).toBe("2,5");
    expect(formatTick(12500, 0)).toBe("12\u00a0500");
  });

  it("takes the 12 full months before the current month in Warsaw", () => {
    // 30.11.2026 23:30 UTC is already 1 December in Warsaw.
    const months = ["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"];
    expect(lastTwelveMonths(new Date("2026-11-30T23:30:00Z"))).toEqual(months);
    expect(lastTwelveMonths(new Date("2026-11-21T10:00:00Z"))[0]).toBe("2025-11");
    expect(monthAbbreviation("2026-10")).toBe("paź");
  });
});
