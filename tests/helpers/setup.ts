import { afterEach, beforeEach, vi } from "vitest";

/** Tests fail on an unexpected console.error (docs/style.md §9); expect it explicitly where it belongs. */
let errors: unknown[][] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  if (errors.length > 0) {
    const first = errors.map((a) => a.map(String).join(" ")).join("\n");
    errors = [];
    throw new Error(`unexpected console.error:\n${first}`);
  }
});
