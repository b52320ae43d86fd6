import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { appEnv, BENCH_PORT } from "./env";
import { sleep } from "./stats";

const root = process.cwd();
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const logDir = path.join(root, "bench", "results");

export type HttpAnswer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; ms: number };

/** GET on 127.0.0.1 with an explicit Host (Node's fetch drops it, docs/toolchain.md §6). */
export function get(host: string, pathname: string, headers: Record<string, string> = {}, port = BENCH_PORT): Promise<HttpAnswer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: pathname, method: "GET", headers: { host, ...headers }, agent: keepAlive }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), ms: performance.now() - started }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}
const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 64 });

function logTo(child: ChildProcess, file: string) {
  mkdirSync(logDir, { recursive: true });
  const log = createWriteStream(path.join(logDir, file), { flags: "a" });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
}

/** `next build` with the bench environment (the build itself needs no database). */
export function build(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("node", ["scripts/gen-tenant-index.mjs"], { cwd: root, stdio: "ignore" });
    child.on("exit", () => {
      const next = spawn(bin("next"), ["build"], { cwd: root, env: { ...process.env, ...appEnv }, stdio: ["ignore", "pipe", "pipe"] });
      logTo(next, "build.log");
      next.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (${code}); see bench/results/build.log`))));
    });
  });
}

export type Server = {
  stop: () => Promise<void>;
  /** CPU seconds (user + system) the server process has used so far (Linux /proc); NaN elsewhere. */
  cpuSeconds: () => number;
};

/**
 * `next start` on BENCH_PORT (or `options.port`, for the instances behind the proxy of
 * `npm run load -- --instances 2`), ready once /api/health answers 200 with the database reachable.
 */
export async function startServer(options: { port?: number; logFile?: string } = {}): Promise<Server> {
  const port = options.port ?? BENCH_PORT;
  const logFile = options.logFile ?? "server.log";
  // Node itself, not the npm shim, so the process measured (cpuSeconds) is the server; BENCH_SERVER_NODE_ARGS
  // passes e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" for profiling.
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const child = spawn(
    process.execPath,
    [...nodeArgs, path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    { cwd: root, env: { ...process.env, ...appEnv }, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  logTo(child, logFile);
  let exited = false;
  child.on("exit", () => (exited = true));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`next start exited; see bench/results/${logFile}`);
    try {
      const answer = await get(`localhost:${port}`, "/api/health", {}, port);
      if (answer.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server not ready in 60 s; see bench/results/${logFile}`);
    await sleep(250);
  }
  return {
    cpuSeconds: () => {
      try {
        const fields = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
        return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks (100/s)
      } catch {
        return Number.NaN;
      }
    },
    stop: async () => {
      if (exited) return;
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        child.kill("SIGTERM");
      }
      for (let i = 0; i < 40 && !exited; i++) await sleep(100);
    },
  };
}
