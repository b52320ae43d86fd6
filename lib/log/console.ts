import { inspect } from "node:util";
import { scrub } from "@/lib/log/scrub";

/**
 * What is printed without the logger — Next's own "⨯ Error …" lines for a failed render (with the
 * error's message, which for a failed query quotes its parameters), a library's warning — goes
 * through the same free-text scrubber (lib/log/scrub.ts) as the log lines. Installed once by
 * instrumentation.ts; the logger itself writes to stdout directly and is not affected.
 */
const holder = globalThis as unknown as { __mojbokConsoleScrubbed?: boolean };

export function installConsoleScrubber(): void {
  if (holder.__mojbokConsoleScrubbed) return;
  holder.__mojbokConsoleScrubbed = true;
  for (const method of ["log", "info", "warn", "error", "debug", "trace"] as const) {
    const original = console[method].bind(console);
    console[method] = (...args: unknown[]) => original(...args.map((a) => scrub(typeof a === "string" ? a : inspect(a, { depth: 4, breakLength: Infinity }))));
  }
}
