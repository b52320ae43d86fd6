import { percentile } from "./stats";

/**
 * Every answer of a load run, by step: latency, status class, and what counts as an error — any
 * 5xx, any network failure (refused, reset, no answer), and any answer the step did not expect
 * (e.g. a sign-in that did not redirect, a ticket sent back to its form).
 */
export type Sample = { step: string; at: number; ms: number; status: number | null; kind: "ok" | "5xx" | "network" | "unexpected"; note?: string };

export type StepSummary = { step: string; n: number; p50: number; p95: number; p99: number; max: number; byClass: Record<string, number>; errors: number };

export class LoadStats {
  readonly samples: Sample[] = [];

  add(sample: Sample): void {
    this.samples.push(sample);
  }

  errors(filter: (s: Sample) => boolean = () => true): Sample[] {
    return this.samples.filter((s) => s.kind !== "ok" && filter(s));
  }

  summary(filter: (s: Sample) => boolean = () => true): { steps: StepSummary[]; overall: StepSummary } {
    const chosen = this.samples.filter(filter);
    const steps = [...new Set(chosen.map((s) => s.step))].map((step) =>
      summarize(
        step,
        chosen.filter((s) => s.step === step),
      ),
    );
    return { steps, overall: summarize("all", chosen) };
  }
}

function summarize(step: string, samples: Sample[]): StepSummary {
  const times = samples.filter((s) => s.status !== null).map((s) => s.ms);
  const byClass: Record<string, number> = {};
  for (const s of samples) {
    const cls = s.status === null ? "network" : `${Math.floor(s.status / 100)}xx`;
    byClass[cls] = (byClass[cls] ?? 0) + 1;
  }
  return {
    step,
    n: samples.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times.length ? Math.max(...times) : NaN,
    byClass,
    errors: samples.filter((s) => s.kind !== "ok").length,
  };
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : "—");

export function stepTable(summary: { steps: StepSummary[]; overall: StepSummary }): string {
  const rows = [...summary.steps, summary.overall].map((s) => {
    const classes = Object.entries(s.byClass)
      .sort()
      .map(([k, v]) => `${k}: ${v}`)
      .join(", ");
    return `| ${s.step} | ${s.n} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} | ${classes} | ${s.errors} |`;
  });
  return ["| step | requests | p50 ms | p95 ms | p99 ms | max ms | answers | errors |", "| --- | --- | --- | --- | --- | --- | --- | --- |", ...rows].join(
    "\n",
  );
}

/** The first few errors, grouped by step, kind and note, for the report. */
export function errorDigest(errors: Sample[], limit = 15): string[] {
  const groups = new Map<string, { n: number; first: number; last: number }>();
  for (const e of errors) {
    const key = `${e.step} — ${e.kind}${e.status ? ` ${e.status}` : ""}${e.note ? `: ${e.note.slice(0, 160)}` : ""}`;
    const g = groups.get(key) ?? { n: 0, first: e.at, last: e.at };
    g.n++;
    g.first = Math.min(g.first, e.at);
    g.last = Math.max(g.last, e.at);
    groups.set(key, g);
  }
  return [...groups]
    .sort((a, b) => b[1].n - a[1].n)
    .slice(0, limit)
    .map(([key, g]) => `${g.n}× ${key} (${new Date(g.first).toISOString().slice(11, 19)}–${new Date(g.last).toISOString().slice(11, 19)} UTC)`);
}
