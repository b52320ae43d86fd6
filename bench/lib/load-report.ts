import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { errorDigest, stepTable, type Sample } from "./load-stats";
import { ticketLines, type LoadRun, type TicketCheck } from "./load-run";

export const resultsDir = path.join(process.cwd(), "bench", "results");

export type LoadFigures = {
  users: number;
  seconds: number;
  requests: number;
  perSecond: number;
  fiveXx: number;
  network: number;
  unexpected: number;
  errors: number;
};

export function loadFigures(run: LoadRun, users: number, filter: (s: Sample) => boolean = () => true): LoadFigures {
  const samples = run.stats.samples.filter(filter);
  const seconds = (run.endedAt - run.startedAt) / 1000;
  const count = (kind: Sample["kind"]) => samples.filter((s) => s.kind === kind).length;
  const fiveXx = count("5xx");
  const network = count("network");
  const unexpected = count("unexpected");
  return { users, seconds, requests: samples.length, perSecond: samples.length / seconds, fiveXx, network, unexpected, errors: fiveXx + network + unexpected };
}

/** The Markdown body of a load run: figures, per-step latencies, tickets, the first errors. */
export function loadMarkdown(run: LoadRun, check: TicketCheck, figures: LoadFigures, filter: (s: Sample) => boolean = () => true): string[] {
  const summary = run.stats.summary(filter);
  const errors = run.stats.errors(filter);
  return [
    `- Virtual users: **${figures.users}**, duration **${figures.seconds.toFixed(0)} s** (run tag \`${run.runTag}\`)`,
    `- Requests: **${figures.requests}**, **${figures.perSecond.toFixed(1)} req/s**`,
    `- Errors: **${figures.errors}** (5xx: **${figures.fiveXx}**, network: **${figures.network}**, unexpected answers: **${figures.unexpected}**)`,
    `- Overall latency: p50 **${summary.overall.p50.toFixed(0)} ms**, p95 **${summary.overall.p95.toFixed(0)} ms**, p99 **${summary.overall.p99.toFixed(0)} ms**`,
    ...ticketLines(check, run),
    "",
    stepTable(summary),
    "",
    ...(errors.length ? ["Errors (grouped, most frequent first):", "", ...errorDigest(errors).map((l) => `- ${l}`), ""] : []),
  ];
}

export function writeResultFiles(name: string, json: unknown, markdown: string): { json: string; md: string } {
  mkdirSync(resultsDir, { recursive: true });
  const files = { json: path.join(resultsDir, `${name}.json`), md: path.join(resultsDir, `${name}.md`) };
  writeFileSync(files.json, `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(files.md, markdown.endsWith("\n") ? markdown : `${markdown}\n`);
  return files;
}
