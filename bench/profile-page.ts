/**
 * `npx tsx bench/profile-page.ts [path] [seconds]`: a CPU profile of the server while autocannon asks for one signed-in
 * page (default /pulpit) of polo on the bench database that `npm run bench` left (build and import first). Prints where
 * the server's CPU went (PROFILE=0: only the figures; BUILD=1: `next build` with the bench's environment first), by package or by the app's own file, and writes the .cpuprofile to bench/results/profile/.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { openBenchDb } from "./lib/db";
import { benchTenants, tenantHost } from "./lib/env";
import { createAccounts, sessionCookie } from "./lib/accounts";
import { build, get, startServer } from "./lib/server";
import { checkTarget, throughput, type Target } from "./http";

type Node = { id: number; callFrame: { url: string; functionName: string }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

function where(url: string): string {
  if (!url) return "(native/GC/idle)";
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + "node_modules/".length).split("/");
    const pkg = rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
    if (pkg === "next") return `next/${rest.slice(1, 4).join("/")}`;
    return pkg;
  }
  if (url.startsWith("node:")) return url;
  return url.replace(/^file:\/\//, "").replace(process.cwd() + "/", "");
}

async function main() {
  const pathname = process.argv[2] ?? "/pulpit";
  const seconds = Number(process.argv[3] ?? 5);
  const dir = path.resolve("bench/results/profile");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (process.env.BUILD === "1") await build();
  const db = openBenchDb().db as Db;
  const polo = benchTenants.find((t) => t.id === "polo")!;
  // The accounts an earlier profile made, else 20 new ones (the quick bench set has few spare customers).
  const earlier = (await db.execute(
    sql`SELECT id, customer_id, login FROM accounts WHERE tenant_id = ${polo.id} AND login LIKE 'bench.%' LIMIT 20`,
  )) as unknown as {
    id: string;
    customer_id: string;
    login: string;
  }[];
  const accounts =
    earlier.length >= 20
      ? earlier.map((a) => ({ tenantId: polo.id, accountId: a.id, customerId: a.customer_id, login: a.login }))
      : await createAccounts(db, polo, 20, `profile-${Date.now()}`);
  const cookies = await Promise.all(accounts.map((a) => sessionCookie(db, a)));
  const profiling = process.env.PROFILE !== "0";
  if (profiling) process.env.BENCH_SERVER_NODE_ARGS = `--cpu-prof --cpu-prof-dir=${dir}`;
  const server = await startServer();
  const target: Target = { host: tenantHost(polo.id), path: pathname, cookies };
  await checkTarget(target);
  const page = await get(target.host, pathname, { cookie: cookies[0]! });
  const bare = await get(target.host, "/nie-ma-takiej-strony", {});
  console.log(`${pathname}: ${page.body.length} bytes; the 404 page: ${bare.body.length} bytes`);
  await throughput(target, 2, 10); // warm-up
  const cpu0 = server.cpuSeconds();
  const { total, rps } = await throughput(target, seconds, 10);
  console.log(
    `${pathname}: ${rps.toFixed(1)} req/s, ${(((server.cpuSeconds() - cpu0) * 1000) / total).toFixed(2)} ms CPU each (profiler ${profiling ? "on" : "off"})`,
  );
  await server.stop();
  if (!profiling) process.exit(0);
  await new Promise((r) => setTimeout(r, 1500));
  const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) throw new Error("no .cpuprofile written");
  const profile = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const fn = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const dt = profile.timeDeltas[i] ?? 0;
    if (node.callFrame.functionName === "(idle)") return;
    all += dt;
    const key = where(node.callFrame.url);
    self.set(key, (self.get(key) ?? 0) + dt);
    const f = `${key} ${node.callFrame.functionName || "(anonymous)"}`;
    fn.set(f, (fn.get(f) ?? 0) + dt);
  });
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${((100 * v) / all).toFixed(1).padStart(5)} %  ${k}`)
      .join("\n");
  console.log(`\nself time by place (of ${(all / 1000).toFixed(0)} ms busy):\n${top(self, 30)}\n\nby function:\n${top(fn, 30)}`);
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
