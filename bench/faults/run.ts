/**
 * `npm run fault -- pg|mail|import [--no-build] [options of the fault]` — the fault runs of issue #7.
 * Each has its own database (and port), set here before the bench modules read the environment:
 *
 * - pg: the load against the app on a private PostgreSQL cluster (port 5499) restarted mid-run.
 * - mail: e-mails from real flows while the fake mail provider is down, then every one delivered once.
 * - import: `npm run import` killed with SIGKILL mid-file, nothing partial, then the re-run succeeds.
 *
 * Each prints PASS/FAIL, writes bench/results/fault-<name>.md and exits non-zero on failure. Run
 * under the e2e lock (`flock /tmp/mojbok-e2e.lock npm run fault -- pg`): they start `next start`
 * (and, unless --no-build, rebuild .next).
 */
const fault = process.argv[2];
const settings: Record<string, Record<string, string>> = {
  pg: { BENCH_DATABASE: "mojbok_fault_pg", BENCH_PORT: "3420", BENCH_DATABASE_ADMIN_URL: "postgres://postgres@127.0.0.1:5499/postgres" },
  mail: { BENCH_DATABASE: "mojbok_fault_mail", BENCH_PORT: "3430" },
  import: { BENCH_DATABASE: "mojbok_fault_import", BENCH_PORT: "3440" },
};

async function main(): Promise<number> {
  if (!fault || !settings[fault]) {
    console.error(`Usage: npm run fault -- ${Object.keys(settings).join("|")} [--no-build]`);
    return 2;
  }
  for (const [k, v] of Object.entries(settings[fault]!)) process.env[k] ??= v;
  process.argv.splice(2, 1);
  // Imported only now: bench/lib/env.ts and db.ts read the settings above when they load.
  const modules: Record<string, () => Promise<{ run: () => Promise<boolean> }>> = {
    pg: () => import("./pg"),
    mail: () => import("./mail"),
    import: () => import("./import"),
  };
  return (await (await modules[fault]!()).run()) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
