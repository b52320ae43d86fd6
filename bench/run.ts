/**
 * `npm run bench [-- --customers 100000 | --quick] [--only import,http,p95,signin,pdf,bundle,lighthouse] [--no-build]`
 *
 * Builds the app, fills its own PostgreSQL database (mojbok_bench, dropped and created) through the
 * import path, and prints every figure as a ratio against a floor measured in the same run on the
 * same machine (issue #7). Results: bench/results/<time>.json and bench/results/latest.md.
 * Heavy: run it alone, e.g. `flock /tmp/mojbok-e2e.lock npm run bench -- --quick` (the e2e lock,
 * because it rebuilds .next and loads every core).
 */
import { appEnv, benchTenants, BENCH_PORT, tenantHost } from "./lib/env";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { homeRoute, moduleHref } from "@/lib/portal/modules";
import type { Db } from "@/db/client";
import { adminUrl, freshBenchDb } from "./lib/db";
import { machineInfo } from "./lib/machine";
import { figure, table, writeResults, type Figure } from "./lib/results";
import { build, startServer, type Server } from "./lib/server";
import { createAccounts, sessionCookie, type BenchAccount } from "./lib/accounts";
import { copyFloor, importStage } from "./import";
import { checkTarget, latencyP95, throughput, type Target } from "./http";
import { argon2Floor, argonParamsText } from "./argon2";
import { signInRunsInChild } from "./lib/signin-child";
import { pdfTimesInChild } from "./lib/pdf-child";
import { firstLoadJs } from "./bundle";
import { lighthouse } from "./lighthouse";

const PARTS = ["import", "http", "p95", "signin", "pdf", "bundle", "lighthouse"] as const;
type Part = (typeof PARTS)[number];

function options() {
  const { values } = parseArgs({
    options: {
      customers: { type: "string" },
      quick: { type: "boolean", default: false },
      only: { type: "string" },
      "no-build": { type: "boolean", default: false },
    },
  });
  const customers = Number(values.customers ?? (values.quick ? 2000 : 100_000));
  if (!Number.isInteger(customers) || customers < 30) throw new Error("--customers must be a whole number ≥ 30");
  const only = values.only ? values.only.split(",").map((s) => s.trim()) : [...PARTS];
  for (const part of only) if (!PARTS.includes(part as Part)) throw new Error(`--only: unknown part "${part}" (known: ${PARTS.join(", ")})`);
  return { customers, quick: values.quick!, only: new Set(only as Part[]), build: !values["no-build"] };
}

const say = (line: string) => console.log(line);
const fixed = (n: number, d = 1) => n.toFixed(d);

async function main() {
  const opts = options();
  const startedAt = new Date();
  const cores = os.availableParallelism();
  const machine = await machineInfo(adminUrl);
  const has = (part: Part) => opts.only.has(part);
  const needServer = has("http") || has("p95") || has("bundle") || has("lighthouse") || has("pdf");
  const seconds = opts.quick ? 3 : 10;
  const figures: Figure[] = [];
  const notes: string[] = [];
  const tenants = benchTenants;
  const polo = tenants.find((t) => t.id === "polo") ?? tenants[0]!;
  // Customers are spread over the tenants; the first stage is a tenth of them (10 000 of 100 000).
  const perTenant = Math.ceil(opts.customers / tenants.length);
  const firstPerTenant = Math.max(10, Math.round(perTenant / 10));

  say(
    `mojBOK bench: ${opts.customers} customers (${perTenant} per tenant × ${tenants.length}), first stage ${firstPerTenant * tenants.length}; parts: ${[...opts.only].join(", ")}`,
  );
  say(`machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.ramGb} GB, Node ${machine.node}, ${machine.postgres}`);

  let server: Server | undefined;
  let failure: unknown;
  const handle = await freshBenchDb();
  const db = handle.db as Db;
  try {
    if (needServer && opts.build) {
      say("next build …");
      const started = performance.now();
      await build();
      say(`  built in ${fixed((performance.now() - started) / 1000)} s`);
    }

    // Stage 1: the first tenth of the customers, timed — the import figure.
    say(`import, stage 1: ${firstPerTenant} customers per tenant …`);
    const stage1 = await importStage(db, tenants, 0, firstPerTenant, say);
    const stage1Customers = stage1.customers;
    const invoicesPerCustomer = (stage1.byType.invoice ?? 0) / stage1Customers;
    notes.push(
      `Data: lib/demo's generator (seed "mojbok-bench", today 2026-11-21, 27 months) through importJsonLines; ${fixed(stage1.records / stage1Customers, 0)} records and ${fixed(invoicesPerCustomer)} invoices per customer ` +
        `(${JSON.stringify(stage1.byType)} for ${stage1Customers} customers).`,
    );
    if (has("import")) {
      say("COPY floor …");
      const copy = await copyFloor(say);
      const importRate = stage1.records / stage1.seconds;
      const copyRate = stage1.records / copy.seconds;
      figures.push(
        figure({
          id: "import",
          name: "Import (records/s)",
          value: importRate,
          unit: "rec/s",
          floor: copyRate,
          floorName: "COPY of the same rows, unindexed",
          goal: "≥ 0.3×",
          check: (r) => r >= 0.3,
          note:
            `${stage1.records} records in ${fixed(stage1.seconds)} s (staged ${fixed(stage1.phases.staged, 2)} s, checked ${fixed(stage1.phases.checked, 2)} s, ` +
            `merged ${fixed(stage1.phases.merged, 2)} s, the rest ${fixed(stage1.seconds - stage1.phases.staged - stage1.phases.checked - stage1.phases.merged, 2)} s; ` +
            `Node CPU ${fixed(stage1.cpuSeconds, 2)} s); COPY loaded the ${copy.rows} rows they made in ${fixed(copy.seconds)} s`,
        }),
        figure({
          id: "import-million",
          name: "Import: 1 000 000 records (s, extrapolated)",
          value: 1e6 / importRate,
          unit: "s",
          floor: null,
          floorName: "—",
          ratio: null,
          goal: "< 60 s",
          note: "from the stage-1 rate",
        }),
      );
      figures.at(-1)!.met = 1e6 / importRate < 60;
      notes.push(
        `Import vs COPY: the import's ${stage1.records} JSON records wrote ${copy.rows} table rows (an invoice record carries its lines); the floor loads exactly those rows ` +
          `(dumped with COPY TO after the import, untimed) with COPY FROM STDIN into unindexed copies (CREATE TABLE … (LIKE …)); both rates count the same records, so the ratio is COPY time ÷ import time.`,
      );
    }
    await db.execute(sql`ANALYZE`);

    // Accounts: a sample of polo's customers for the HTTP figures, one per tenant for Lighthouse, more for sign-ins.
    const sampleSize = opts.quick ? 20 : 50;
    const httpAccounts = await createAccounts(db, polo, sampleSize, "http");
    const lighthouseAccounts = new Map<string, BenchAccount>();
    for (const tenant of tenants) lighthouseAccounts.set(tenant.id, (await createAccounts(db, tenant, 1, "lighthouse"))[0]!);
    const cookiesFor = async (accounts: BenchAccount[]) => Promise.all(accounts.map((a) => sessionCookie(db, a)));

    const dashboardPath = homeRoute(polo);
    const invoicesPath = "/faktury";
    const p95Rounds = opts.quick ? 3 : 5;
    const p95Concurrency = 2;
    const p95At: { customers: number; dashboard: number; invoices: number }[] = [];
    const measureP95 = async (customers: number) => {
      const cookies = await cookiesFor(httpAccounts);
      const dashboard: Target = { host: tenantHost(polo.id), path: dashboardPath, cookies };
      const invoices: Target = { host: tenantHost(polo.id), path: invoicesPath, cookies };
      await checkTarget(dashboard);
      await checkTarget(invoices);
      const d = await latencyP95(dashboard, p95Rounds, p95Concurrency);
      const i = await latencyP95(invoices, p95Rounds, p95Concurrency);
      say(
        `  p95 at ${customers} customers: dashboard ${fixed(d.p95)} ms (p50 ${fixed(d.p50)}, n=${d.n}), invoice list ${fixed(i.p95)} ms (p50 ${fixed(i.p50)}, n=${i.n})`,
      );
      p95At.push({ customers, dashboard: d.p95, invoices: i.p95 });
    };

    if (needServer) {
      say(`next start on port ${BENCH_PORT} …`);
      server = await startServer();
    }

    // Requests/s, and the server process's CPU per request (it explains the ratios: the machine's two
    // cores are shared by the server, PostgreSQL and autocannon).
    const measured = async (target: Target) => {
      const cpu0 = server!.cpuSeconds();
      const result = await throughput(target, seconds, 10);
      return { ...result, cpuMs: ((server!.cpuSeconds() - cpu0) * 1000) / result.total };
    };
    const healthTarget: Target = { host: tenantHost(polo.id), path: "/api/health", cookies: [] };

    if (has("p95")) {
      say("p95 latency, stage 1 …");
      // Warm-up under load (JIT, caches, connection pool) so a cold server does not inflate the first sample.
      const warm = await cookiesFor(httpAccounts);
      await throughput({ host: tenantHost(polo.id), path: dashboardPath, cookies: warm }, seconds, 4);
      await throughput({ host: tenantHost(polo.id), path: invoicesPath, cookies: warm }, seconds, 4);
      await measureP95(stage1Customers);
    }

    if (has("http")) {
      say(`requests/s (autocannon, ${seconds} s each, 10 connections) …`);
      const floorTarget = healthTarget;
      const barePage: Target = { host: tenantHost(polo.id), path: "/bench-nie-ma-takiej-strony", cookies: [], notFound: true };
      const dashboard: Target = { host: tenantHost(polo.id), path: dashboardPath, cookies: await cookiesFor(httpAccounts) };
      for (const target of [floorTarget, barePage, dashboard]) {
        await checkTarget(target);
        await throughput(target, 2, 10);
      }
      const floor = await measured(floorTarget);
      const bare = await measured(barePage);
      const dash = await measured(dashboard);
      say(
        `  /api/health ${fixed(floor.rps)} req/s (${fixed(floor.cpuMs, 2)} ms CPU each), 404 page ${fixed(bare.rps)} req/s (${fixed(bare.cpuMs, 2)} ms), ${dashboardPath} ${fixed(dash.rps)} req/s (${fixed(dash.cpuMs, 2)} ms)`,
      );
      figures.push(
        figure({
          id: "dashboard-rps",
          name: `Dashboard ${dashboardPath} (req/s, signed in)`,
          value: dash.rps,
          unit: "req/s",
          floor: floor.rps,
          floorName: "GET /api/health (dynamic, one SELECT 1)",
          goal: "≥ 0.5×",
          check: (r) => r >= 0.5,
          note: `${sampleSize} customers' sessions in rotation`,
        }),
        figure({
          id: "dashboard-rps-page",
          name: `Dashboard ${dashboardPath} vs a bare page (req/s)`,
          value: dash.rps,
          unit: "req/s",
          floor: bare.rps,
          floorName: "the 404 page: root layout, no data, same build",
          goal: "reference",
          note: "the cost of the Pulpit over Next's own page rendering",
        }),
      );
      notes.push(
        "Dashboard floor: /api/health is the app's minimal dynamic route (a route handler, no cache, one `SELECT 1`), served by the same build and server; autocannon runs on the same machine as the server in both cases. " +
          `Server CPU per request: /api/health ${fixed(floor.cpuMs, 2)} ms, the 404 page (Next's page rendering with the root layout, no data) ${fixed(bare.cpuMs, 2)} ms, ${dashboardPath} ${fixed(dash.cpuMs, 2)} ms.`,
      );
    }

    if (has("bundle")) {
      say("first-load JavaScript …");
      const login = await firstLoadJs(tenantHost(polo.id), "/");
      const bare = await firstLoadJs(tenantHost(polo.id), "/bench-nie-ma-takiej-strony", 404);
      say(`  login page ${fixed(login.kb)} kB (${login.scripts} scripts), 404 page ${fixed(bare.kb)} kB (${bare.scripts} scripts)`);
      figures.push(
        figure({
          id: "login-js",
          name: "Login page first-load JS (kB gz)",
          value: login.kb,
          unit: "kB",
          floor: bare.kb,
          floorName: "the 404 page (root layout, no page code)",
          goal: "report only",
          note: `${login.scripts} vs ${bare.scripts} scripts`,
        }),
      );
      notes.push(
        "Bare page: the app's 404 page on the same tenant host — the root layout and Next's runtime with no page of its own; no new page was added to the app for the bench.",
      );
    }

    if (has("lighthouse")) {
      say("Lighthouse (mobile) …");
      const outDir = path.join(process.cwd(), "bench", "results", "lighthouse");
      for (const tenant of tenants) {
        const account = lighthouseAccounts.get(tenant.id)!;
        const session = await sessionCookie(db, account);
        // The documents list (POLO/POLSp Faktury, MPEC Płatności): the page most customers open on a phone.
        const listPath = moduleHref(tenant, "invoices") ?? moduleHref(tenant, "payments");
        const pages: [string, string, string | undefined][] = [
          ["login", "/", undefined],
          ["registration", "/rejestracja", undefined],
          ["dashboard", homeRoute(tenant), session],
          ...(listPath ? [["documents", listPath, session] as [string, string, string]] : []),
        ];
        for (const [name, pathname, cookie] of pages) {
          try {
            const url = `http://${tenantHost(tenant.id)}${pathname}`;
            // One retry: Lighthouse now and then loses the trace (NO_NAVSTART) on a busy machine.
            const scores = await lighthouse(url, `${tenant.id}-${name}`, outDir, cookie).catch(() => lighthouse(url, `${tenant.id}-${name}`, outDir, cookie));
            say(`  ${tenant.id} ${name}: performance ${scores.performance}, accessibility ${scores.accessibility}`);
            const scoreFigure = (key: string, label: string, value: number, goal: string, met: boolean) => {
              const f = figure({
                id: `lh-${tenant.id}-${name}-${key}`,
                name: `Lighthouse ${tenant.id} ${name}: ${label}`,
                value,
                unit: "",
                floor: null,
                floorName: "—",
                ratio: null,
                goal,
              });
              f.met = met;
              figures.push(f);
            };
            scoreFigure("perf", "performance", scores.performance, "≥ 95", scores.performance >= 95);
            scoreFigure("a11y", "accessibility", scores.accessibility, "100", scores.accessibility === 100);
          } catch (error) {
            say(`  ${tenant.id} ${name}: FAILED ${error instanceof Error ? error.message : String(error)}`);
            notes.push(`Lighthouse ${tenant.id} ${name} failed: ${error instanceof Error ? error.message.slice(0, 300) : String(error)}`);
          }
        }
      }
      notes.push(
        "Lighthouse 12.8.2 (13.x needs Node ≥ 22.19) with Debian's chromium, headless, default mobile form factor (simulated slow 4G, 4× CPU slowdown); JSON reports in bench/results/lighthouse/.",
      );
    }

    if (has("pdf")) {
      say("invoice PDF …");
      const pdf = await pdfTimesInChild(polo.id);
      say(
        `  invoice ${pdf.invoice}: ${fixed(pdf.invoiceMs)} ms, minimal document in Roboto ${fixed(pdf.minimalMs)} ms, in built-in Helvetica ${fixed(pdf.helveticaMs)} ms (medians of 20)`,
      );
      say(
        `  stored download without HTTP ${fixed(pdf.storedMs, 2)} ms (one query; without reading the bytes ${fixed(pdf.hashMs, 2)} ms), a miss's load before its render ${fixed(pdf.loadMs, 2)} ms`,
      );
      figures.push(
        figure({
          id: "pdf",
          name: "Invoice PDF first render (ms, median of 20)",
          value: pdf.invoiceMs,
          unit: "ms",
          floor: pdf.minimalMs,
          floorName: "react-pdf Document, one Text, same font (Roboto TTF)",
          goal: "≤ 10×",
          check: (r) => r <= 10,
          note: `invoice ${pdf.invoice}, data loaded once; minimal in Helvetica ${fixed(pdf.helveticaMs)} ms (${fixed(pdf.invoiceMs / pdf.helveticaMs, 0)}×); same process for both (a Vitest child: react-pdf is ESM-only)`,
        }),
        figure({
          id: "pdf-hash",
          name: "Invoice PDF input hash, in the database (ms: one query, no bytes)",
          value: pdf.hashMs,
          unit: "ms",
          floor: pdf.invoiceMs,
          floorName: "the render it saves",
          goal: "≤ 0.05×",
          check: (r) => r <= 0.05,
          note: `currentInvoicePdf: finds the invoice by tenant + payer + id (authorization) and hashes the rows the PDF prints; loading them (loadInvoicePdfData, a miss only) takes ${fixed(pdf.loadMs, 2)} ms`,
        }),
        figure({
          id: "pdf-stored-inproc",
          name: "Stored invoice PDF, in-process (ms: one query: find, hash, read)",
          value: pdf.storedMs,
          unit: "ms",
          floor: pdf.invoiceMs,
          floorName: "a first render",
          goal: "reference",
          note: "invoicePdfDownload with the row stored, no HTTP, no session",
        }),
      );
      // The stored PDF over HTTP: one customer's newest invoice with lines, rendered and stored by the check.
      const [account] = await createAccounts(db, polo, 1, "pdf");
      const [invoice] = (await db.execute(sql`
        SELECT i.id FROM invoices i WHERE i.tenant_id = ${polo.id} AND i.customer_id = ${account!.customerId}
          AND EXISTS (SELECT 1 FROM invoice_lines l WHERE l.tenant_id = i.tenant_id AND l.invoice_id = i.id)
        ORDER BY i.issue_date DESC, i.id LIMIT 1`)) as unknown as { id: string }[];
      if (!invoice) throw new Error(`customer ${account!.customerId} has no invoice with lines`);
      const stored: Target = {
        host: tenantHost(polo.id),
        path: `/faktury/${encodeURIComponent(invoice.id)}/pdf`,
        cookies: [await sessionCookie(db, account!)],
      };
      for (const target of [healthTarget, stored]) {
        await checkTarget(target);
        await throughput(target, 2, 10);
      }
      const health = await measured(healthTarget);
      const download = await measured(stored);
      say(
        `  /api/health ${fixed(health.rps)} req/s (${fixed(health.cpuMs, 2)} ms CPU each), stored PDF ${fixed(download.rps)} req/s (${fixed(download.cpuMs, 2)} ms)`,
      );
      figures.push(
        figure({
          id: "pdf-stored-rps",
          name: "Stored invoice PDF download (req/s, signed in)",
          value: download.rps,
          unit: "req/s",
          floor: health.rps,
          floorName: "GET /api/health (dynamic, one SELECT 1)",
          goal: "≥ 0.5×",
          check: (r) => r >= 0.5,
          note: `GET ${stored.path}, the row in document_pdfs; server CPU ${fixed(download.cpuMs, 2)} ms vs ${fixed(health.cpuMs, 2)} ms`,
        }),
      );
      notes.push(
        "Stored PDF: a download runs the session lookup and one query that finds the invoice by tenant + payer + id, hashes the rows the PDF prints in the database and reads the stored bytes of that hash from document_pdfs; " +
          `the inputs are loaded and rendered only when no row of the current hash exists (docs/decisions/0015-stored-invoice-pdfs.md). In process: the query ${fixed(pdf.storedMs, 2)} ms (${fixed(pdf.hashMs, 2)} ms without the bytes), a miss's load ${fixed(pdf.loadMs, 2)} ms, render ${fixed(pdf.invoiceMs)} ms.`,
      );
    }

    if (has("p95")) {
      say(`import, stage 2: up to ${perTenant} customers per tenant …`);
      const stage2 = await importStage(db, tenants, firstPerTenant, perTenant, say);
      say(`  stage 2: ${stage2.records} records in ${fixed(stage2.seconds)} s (${fixed(stage2.records / stage2.seconds, 0)} rec/s)`);
      if (has("import")) {
        const perMillion = (1e6 * stage2.seconds) / stage2.records;
        figures.push(
          figure({
            id: "import-million-stage2",
            name: "Import: 1 000 000 records (s, stage-2 rate)",
            value: perMillion,
            unit: "s",
            floor: null,
            floorName: "—",
            ratio: null,
            goal: "< 60 s",
            note: `${stage2.records} records into a database that already held the first stage`,
          }),
        );
        figures.at(-1)!.met = perMillion < 60;
      }
      await db.execute(sql`ANALYZE`);
      const total = perTenant * tenants.length;
      await measureP95(total);
      const [a, b] = p95At;
      for (const [key, label, pathname] of [
        ["dashboard", "Dashboard", dashboardPath],
        ["invoices", "Invoice list", invoicesPath],
      ] as const) {
        figures.push(
          figure({
            id: `p95-${key}`,
            name: `${label} ${pathname} p95 at ${b!.customers} (ms)`,
            value: b![key],
            unit: "ms",
            floor: a![key],
            floorName: `p95 at ${a!.customers} customers`,
            goal: "≤ 1.2×",
            check: (r) => r <= 1.2,
            note: `${httpAccounts.length} customers × ${p95Rounds} rounds, ${p95Concurrency} in flight`,
          }),
        );
      }
      notes.push(
        `p95: the same ${httpAccounts.length} polo customers, each page ${p95Rounds} times, ${p95Concurrency} requests in flight, after ANALYZE; first at ${a!.customers} customers, then after importing up to ${b!.customers}.`,
      );
    }
    // After stage 2, so there are enough customers for sign-in accounts at every scale.
    if (has("signin")) {
      // Each login may sign in 10 times in 5 minutes: up to 300 accounts per core and per run (fewer when the
      // tenant has fewer customers), so a 10-second run has room for about 300 sign-ins/s per core.
      const perRun = cores * 300;
      // The warm-up's second must stay under the per-login limit too: 40 logins take up to 400 sign-ins.
      const warm = 40;
      const signInAccounts = await createAccounts(db, polo, warm + 2 * perRun, "signin");
      if (signInAccounts.length < 100 + warm) throw new Error(`sign-ins need at least ${100 + warm} spare customers of ${polo.id}; use more --customers`);
      const half = Math.floor((signInAccounts.length - warm) / 2);
      say(`argon2 floor (${cores} worker threads, ${seconds} s) …`);
      const floorCpu = process.cpuUsage();
      const floor = await argon2Floor(cores, seconds);
      const floorCpuUsed = process.cpuUsage(floorCpu);
      // What one verification costs: the worker threads' CPU (this process's, which was otherwise idle) per verification.
      const verifyCpuMs = (floorCpuUsed.user + floorCpuUsed.system) / 1000 / floor.total;
      say(`  ${fixed(floor.perSecond)} verifications/s, ${fixed(verifyCpuMs, 2)} ms of CPU each`);
      // argon2 gets the floor's threads (libuv's pool of a child process, bench/signin.run.ts); the sign-ins in flight
      // are more, as on a server answering many people: while some wait for PostgreSQL, others verify.
      const inFlight = 4 * cores;
      say(`sign-ins (signInWithPassword in-process, argon2 on ${cores} threads, ${inFlight} and ${cores} in flight, ${seconds} s each) …`);
      const [main, few] = await signInRunsInChild(
        {
          tenantId: polo.id,
          seconds,
          warmUp: signInAccounts.slice(0, warm),
          runs: [
            { concurrency: inFlight, accounts: signInAccounts.slice(warm, warm + half) },
            { concurrency: cores, accounts: signInAccounts.slice(warm + half) },
          ],
        },
        cores,
      );
      // CPU per sign-in besides its verification: this app's (the child's CPU less one verification) and PostgreSQL's
      // (the machine's busy time less the child's; on a quiet machine that is PostgreSQL).
      const appAround = main!.processCpuMs / main!.total - verifyCpuMs;
      const dbAround = (main!.machineCpuMs - main!.processCpuMs) / main!.total;
      say(`  ${fixed(main!.perSecond)} sign-ins/s with ${inFlight} in flight; ${fixed(few!.perSecond)} with ${cores}`);
      say(`  CPU per sign-in besides the verification: ${fixed(appAround, 2)} ms in the app, ${fixed(dbAround, 2)} ms in PostgreSQL`);
      figures.push(
        figure({
          id: "signin",
          name: "Sign-ins/s (in-process)",
          value: main!.perSecond,
          unit: "/s",
          floor: floor.perSecond,
          floorName: `raw argon2id verify, ${argonParamsText}, ${cores} threads`,
          goal: "≥ 0.8×",
          check: (r) => r >= 0.8,
          note: `${main!.total} sign-ins, argon2 on ${cores} threads, ${inFlight} in flight`,
        }),
        figure({
          id: "signin-cpu",
          name: "Sign-in CPU besides the verification (ms)",
          value: appAround + dbAround,
          unit: "ms",
          floor: verifyCpuMs,
          floorName: "CPU of one argon2id verification",
          goal: "≤ 1.5 ms",
          check: () => appAround + dbAround <= 1.5,
          note: `app ${fixed(appAround, 2)} ms + PostgreSQL ${fixed(dbAround, 2)} ms (machine-wide busy time less the app's)`,
        }),
        figure({
          id: "signin-few",
          name: `Sign-ins/s (in-process, ${cores} in flight)`,
          value: few!.perSecond,
          unit: "/s",
          floor: floor.perSecond,
          floorName: `raw argon2id verify, ${cores} threads`,
          goal: "reference",
          note: `${few!.total} sign-ins: each thread idles while its sign-in waits for PostgreSQL`,
        }),
      );
      notes.push(
        `Sign-ins are signInWithPassword called in-process (rate limits, lookups, argon2 verify, session row, audit) in a child process whose libuv pool — where @node-rs/argon2 verifies — has ${cores} threads, as many as the floor's worker threads verifying the same kind of hash in a tight loop; ${inFlight} sign-ins in flight, not over HTTP. CPU: the child's own (process.cpuUsage) and the machine's busy time from /proc/stat.`,
      );
    }
  } catch (error) {
    // Whatever was measured before the failure is still written, with the failure named.
    failure = error;
    notes.push(`FAILED, the run stopped early: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await server?.stop();
    await handle.close();
  }

  say("");
  say(table(figures));
  say("");
  for (const n of notes) say(`- ${n}`);
  const files = writeResults(path.join(process.cwd(), "bench", "results"), {
    startedAt,
    options: { customers: opts.customers, quick: opts.quick, only: [...opts.only], port: BENCH_PORT, tenantHosts: appEnv.TENANT_HOSTS },
    machine,
    figures,
    notes,
  });
  say(`\nresults: ${path.relative(process.cwd(), files.json)}, ${path.relative(process.cwd(), files.md)}`);
  if (failure) throw failure;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
