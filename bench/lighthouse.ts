import { spawn } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { CHROMIUM_ARGS } from "../tests/helpers/chromium";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const chromeFlags = ["--headless=new", ...CHROMIUM_ARGS];

export type LighthouseScores = { performance: number; accessibility: number; report: string };

/**
 * Lighthouse 12 (the newest line that runs on Node 20) through its CLI, with Debian's chromium,
 * in its default mobile form factor (phone screen, simulated slow 4G and 4× CPU slowdown) — the
 * standard "phone size" run. Cookies, when given, go as an extra header (the dashboard).
 */
export function lighthouse(url: string, name: string, outDir: string, cookie?: string): Promise<LighthouseScores> {
  mkdirSync(outDir, { recursive: true });
  const report = path.join(outDir, `${name}.json`);
  const args = [
    url,
    "--quiet",
    "--output=json",
    `--output-path=${report}`,
    "--only-categories=performance,accessibility",
    "--form-factor=mobile",
    `--chrome-flags=${chromeFlags.join(" ")}`,
    "--max-wait-for-load=60000",
  ];
  if (cookie) args.push(`--extra-headers=${JSON.stringify({ Cookie: cookie })}`);
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(process.cwd(), "node_modules", ".bin", "lighthouse"), args, {
      env: { ...process.env, CHROME_PATH: CHROMIUM },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`lighthouse ${url} exited ${code}: ${stderr.slice(-800)}`));
      const lhr = JSON.parse(readFileSync(report, "utf8")) as {
        categories: Record<string, { score: number | null }>;
        runtimeError?: { message: string };
        finalDisplayedUrl?: string;
      };
      if (lhr.runtimeError) return reject(new Error(`lighthouse ${url}: ${lhr.runtimeError.message}`));
      // A dashboard that fell back to the sign-in page would score the wrong page.
      if (lhr.finalDisplayedUrl && new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname)
        return reject(new Error(`lighthouse ${url} ended on ${lhr.finalDisplayedUrl}`));
      const score = (c: string) => Math.round((lhr.categories[c]?.score ?? NaN) * 100);
      resolve({ performance: score("performance"), accessibility: score("accessibility"), report });
    });
  });
}
