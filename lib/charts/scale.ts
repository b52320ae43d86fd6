/**
 * A "nice" value axis: 0 up to a round maximum in 4–5 steps of 1, 2, 2.5 or 5 × 10ⁿ, so the
 * gridlines read 0, 250, 500, 750, 1000 rather than 0, 237, 474…
 */
export type Axis = { max: number; step: number; ticks: number[]; decimals: number };

export function niceAxis(maxValue: number, targetSteps = 4): Axis {
  if (!(maxValue > 0)) return { max: 1, step: 0.25, ticks: [0, 0.25, 0.5, 0.75, 1], decimals: 2 };
  const rough = maxValue / targetSteps;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  const steps = Math.ceil(maxValue / step - 1e-9);
  const decimals = Math.max(0, -Math.floor(Math.log10(step) - 1e-9) + (step / power === 2.5 ? 1 : 0));
  const ticks = Array.from({ length: steps + 1 }, (_, i) => Number((i * step).toFixed(decimals)));
  return { max: ticks[ticks.length - 1]!, step, ticks, decimals };
}

const NBSP = "\u00a0";

/** 1250 → "1 250", 0.5 → "0,5": axis labels in Polish notation. */
export function formatTick(value: number, decimals: number): string {
  const [whole = "0", fraction] = value.toFixed(decimals).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  const trimmed = fraction?.replace(/0+$/, "");
  return trimmed ? `${grouped},${trimmed}` : grouped;
}
