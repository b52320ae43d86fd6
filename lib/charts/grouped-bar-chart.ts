import { formatTick, niceAxis } from "@/lib/charts/scale";

/**
 * A grouped bar chart as an SVG string, rendered on the server: no chart library reaches the
 * browser, and nothing in it needs script. Colours come from classes (Tailwind's fill-*) and
 * presentation attributes — never style="" or <style>, which the CSP forbids.
 *
 * Both series are drawn in the brand colour and told apart by more than hue: "solid" bars are filled
 * with it, "hatched" bars are outlined in it over white with diagonal lines. So the two fills differ
 * as much as the brand colour differs from white (≥ 3:1 for every tenant, tests/unit/chart.test.ts),
 * and a printout in grey or a colour-blind reader still sees two kinds of bar.
 */
export type SeriesLook = "solid" | "hatched";
export type Series = { name: string; look: SeriesLook };

/** The ground of a hatched bar, under its brand-coloured lines. */
export const HATCH_GROUND = "#ffffff";
export type Group = { label: string; values: (number | null)[]; titles?: string[] };

export type BarChartInput = {
  id: string;
  title: string;
  description: string;
  unit: string;
  series: Series[];
  groups: Group[];
  /** Drawing size: a phone gets its own narrower drawing, so the text stays legible without scrolling. */
  layout?: Layout;
  /** Extra classes of the <svg> element (e.g. which screen widths show it). */
  className?: string;
};

export type Layout = { width: number; height: number; fontSize: number; left: number };

export const wideLayout: Layout = { width: 720, height: 340, fontSize: 14, left: 64 };
export const narrowLayout: Layout = { width: 360, height: 300, fontSize: 12, left: 44 };

const escapeXml = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const round = (n: number) => Math.round(n * 10) / 10;

export function renderGroupedBarChart(input: BarChartInput): string {
  const { id, series, groups } = input;
  const layout = input.layout ?? wideLayout;
  const { width, height, fontSize: font } = layout;
  const plot = { left: layout.left, right: 8, top: 48, bottom: 36 };
  const values = groups.flatMap((g) => g.values).filter((v): v is number => v !== null);
  const axis = niceAxis(Math.max(0, ...values));
  const plotWidth = width - plot.left - plot.right;
  const plotHeight = height - plot.top - plot.bottom;
  const baseY = plot.top + plotHeight;
  const y = (value: number) => baseY - (value / axis.max) * plotHeight;
  const groupWidth = plotWidth / Math.max(1, groups.length);
  const barWidth = (groupWidth * 0.8) / Math.max(1, series.length);

  const parts: string[] = [];
  const patternId = (s: number) => `${id}-hatch-${s}`;
  // Presentation attributes only (the CSP forbids style=""); colours from the brand's classes.
  const look = (s: number) => (series[s]!.look === "solid" ? `class="fill-brand"` : `class="stroke-brand" fill="url(#${patternId(s)})" stroke-width="1.5"`);
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" class="h-auto w-full${input.className ? ` ${input.className}` : ""}" font-size="${font}">`,
    `<title id="${id}-title">${escapeXml(input.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(input.description)}</desc>`,
  );
  const hatched = series.map((s, i) => (s.look === "hatched" ? i : -1)).filter((i) => i >= 0);
  if (hatched.length > 0) {
    parts.push(
      `<defs>${hatched
        .map(
          (s) =>
            `<pattern id="${patternId(s)}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
            `<rect width="6" height="6" fill="${HATCH_GROUND}"/><line x1="1.5" y1="0" x2="1.5" y2="6" class="stroke-brand" stroke-width="2"/></pattern>`,
        )
        .join("")}</defs>`,
    );
  }
  // Legend, in words, above the plot.
  let legendX = plot.left;
  series.forEach((s, index) => {
    parts.push(`<rect x="${round(legendX)}" y="12" width="${font}" height="${font}" ${look(index)} data-legend="${index}"/>`);
    parts.push(`<text x="${round(legendX + font + 6)}" y="${12 + font - 2}" class="fill-ink">${escapeXml(s.name)}</text>`);
    legendX += 32 + s.name.length * font * 0.55;
  });
  parts.push(`<text x="${width - plot.right}" y="24" text-anchor="end" class="fill-ink">${escapeXml(input.unit)}</text>`);
  // Value axis with gridlines.
  for (const tick of axis.ticks) {
    const ty = round(y(tick));
    parts.push(`<line x1="${plot.left}" x2="${width - plot.right}" y1="${ty}" y2="${ty}" stroke="currentColor" stroke-opacity="0.15"/>`);
    parts.push(
      `<text x="${plot.left - 8}" y="${round(ty + font / 3)}" text-anchor="end" class="fill-ink">${escapeXml(formatTick(tick, axis.decimals))}</text>`,
    );
  }
  groups.forEach((group, g) => {
    const gx = plot.left + g * groupWidth + groupWidth * 0.1;
    group.values.forEach((value, s) => {
      // A month without data has no bar (not a zero-height one that would claim "0").
      if (value === null) return;
      const top = round(y(value));
      const title = group.titles?.[s];
      parts.push(
        `<rect x="${round(gx + s * barWidth)}" y="${top}" width="${round(barWidth - 1)}" height="${round(baseY - top)}" data-series="${s}" data-group="${g}" ${look(s)}>` +
          (title ? `<title>${escapeXml(title)}</title>` : "") +
          `</rect>`,
      );
    });
    parts.push(
      `<text x="${round(plot.left + (g + 0.5) * groupWidth)}" y="${baseY + 22}" text-anchor="middle" class="fill-ink">${escapeXml(group.label)}</text>`,
    );
  });
  parts.push(`<line x1="${plot.left}" x2="${width - plot.right}" y1="${baseY}" y2="${baseY}" stroke="currentColor"/>`);
  parts.push(`</svg>`);
  return parts.join("");
}
