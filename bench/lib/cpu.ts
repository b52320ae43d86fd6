import { readFileSync } from "node:fs";

/**
 * Milliseconds of CPU the whole machine has spent busy since boot (all cores; /proc/stat's user, nice, system, irq,
 * softirq and steal), so a run's delta counts PostgreSQL's work as well as this process's. Linux only.
 */
export function busyCpuMs(): number {
  const cpu = readFileSync("/proc/stat", "utf8").split("\n", 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = cpu;
  const ticks = user! + nice! + system! + irq! + softirq! + (steal ?? 0);
  // USER_HZ is 100 on every Linux the bench runs on (sysconf(_SC_CLK_TCK)).
  return ticks * 10;
}
