import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { MachineInfo } from "./machine";

/**
 * One measured figure: its value, the floor measured in the same run and the goal on the ratio.
 * `higherIsBetter` tells how the ratio is read against the goal (throughput: ≥ goal; time: ≤ goal).
 */
export type Figure = {
  id: string;
  name: string;
  value: number;
  unit: string;
  floor: number | null;
  floorName: string;
  ratio: number | null;
  goal: string;
  met: boolean | null;
  note?: string;
};

export function figure(input: Omit<Figure, "ratio" | "met"> & { ratio?: number | null; check?: (ratio: number) => boolean }): Figure {
  const { check, ...rest } = input;
  const ratio = input.ratio !== undefined ? input.ratio : input.floor ? input.value / input.floor : null;
  return { ...rest, ratio, met: ratio === null || !check ? null : check(ratio) };
}

const fmt = (n: number | null) =>
  n === null || !Number.isFinite(n)
    ? "—"
    : Number.isInteger(n)
      ? String(n)
      : Math.abs(n) >= 100
        ? n.toFixed(0)
        : Math.abs(n) >= 10
          ? n.toFixed(1)
          : n.toFixed(2);

export function table(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    `${fmt(f.value)}${f.unit ? ` ${f.unit}` : ""}`,
    f.floor === null ? f.floorName : `${fmt(f.floor)} (${f.floorName})`,
    f.ratio === null ? "—" : `${fmt(f.ratio)}×`,
    f.goal,
    f.met === null ? "—" : f.met ? "met" : "short",
  ]);
  const head = ["Figure", "Value", "Floor", "Ratio", "Goal", "Result"];
  const lines = [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`),
  ];
  return lines.join("\n");
}

export function writeResults(
  dir: string,
  run: { startedAt: Date; options: Record<string, unknown>; machine: MachineInfo; figures: Figure[]; notes: string[] },
): { json: string; md: string } {
  mkdirSync(dir, { recursive: true });
  const stamp = run.startedAt.toISOString().replace(/[:.]/g, "-");
  const json = path.join(dir, `${stamp}.json`);
  writeFileSync(json, `${JSON.stringify(run, null, 2)}\n`);
  const m = run.machine;
  const md = [
    `# mojBOK benchmark — ${run.startedAt.toISOString()}`,
    "",
    `Machine: ${m.cpuModel}, ${m.cores} cores, ${m.ramGb} GB RAM; ${m.os}; Node ${m.node}; ${m.postgres}.`,
    `Options: ${JSON.stringify(run.options)}`,
    "",
    table(run.figures),
    "",
    ...(run.notes.length ? ["Notes:", "", ...run.notes.map((n) => `- ${n}`), ""] : []),
  ].join("\n");
  const mdFile = path.join(dir, "latest.md");
  writeFileSync(mdFile, md);
  return { json, md: mdFile };
}
