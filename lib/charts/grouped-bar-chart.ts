import { formatTick, niceAxis } from "@/lib/charts/scale";

/**
 * A grouped bar chart as an SVG string, rendered on the server: no chart library reaches the
 * browser, and nothing in it needs script. Colours come from classes (Tailwind's fill-*) and
 * presentation attributes — never style="" or <style>, which the CSP forbids.
 */
export type Series = { name: string; className: string };
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
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" class="h-auto w-full${input.className ? ` ${input.className}` : ""}" font-size="${font}">`,
    `<title id="${id}-title">${escapeXml(input.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(input.description)}</desc>`,
  );
  // Legend, in words, above the plot.
  let legendX = plot.left;
  for (const s of series) {
    parts.push(`<rect x="${round(legendX)}" y="12" width="${font}" height="${font}" class="${s.className}"/>`);
    parts.push(`<text x="${round(legendX + font + 6)}" y="${12 + font - 2}" class="fill-ink">${escapeXml(s.name)}</text>`);
    legendX += 32 + s.name.length * font * 0.55;
  }
  parts.push(`<text x="${width - plot.right}" y="24" text-anchor="end" class="fill-ink">${escapeXml(input.unit)}</text>`);
  // Value axis with gridlines.
  for (const tick of axis.ticks) {
    const ty = round(y(tick));
    parts.push(`<line x1="${plot.left}" x2="${width - plot.right}" y1="${ty}" y2="${ty}" stroke="currentColor" stroke-opacity="0.15"/>`);
    parts.push(`<text x="${plot.left - 8}" y="${round(ty + font / 3)}" text-anchor="end" class="fill-ink">${escapeXml(formatTick(tick, axis.decimals))}</text>`);
  }
  groups.forEach((group, g) => {
    const gx = plot.left + g * groupWidth + groupWidth * 0.1;
    group.values.forEach((value, s) => {
      // A month without data has no bar (not a zero-height one that would claim "0").
      if (value === null) return;
      const top = round(y(value));
      const title = group.titles?.[s];
      parts.push(
        `<rect x="${round(gx + s * barWidth)}" y="${top}" width="${round(barWidth - 1)}" height="${round(baseY - top)}" class="${series[s]!.className}" data-series="${s}" data-group="${g}">` +
          (title ? `<title>${escapeXml(title)}</title>` : "") +
          `</rect>`,
      );
    });
    parts.push(`<text x="${round(plot.left + (g + 0.5) * groupWidth)}" y="${baseY + 22}" text-anchor="middle" class="fill-ink">${escapeXml(group.label)}</text>`);
  });
  parts.push(`<line x1="${plot.left}" x2="${width - plot.right}" y1="${baseY}" y2="${baseY}" stroke="currentColor"/>`);
  parts.push(`</svg>`);
  return parts.join("");
}
