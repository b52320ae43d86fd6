import { defineConfig } from "vitest/config";
import path from "node:path";

/**
 * Only for `npm run bench`'s PDF figure: @react-pdf is ESM-only with import-only subpaths that tsx's
 * CommonJS scripts cannot load, while Vite's resolver (as in the PDF tests) can. Not part of npm test.
 */
const root = path.resolve(import.meta.dirname, "..");
export default defineConfig({
  root,
  resolve: { alias: { "@": root } },
  test: { include: ["bench/pdf.run.ts"], testTimeout: 300_000, env: { NODE_ENV: "production" } },
});
