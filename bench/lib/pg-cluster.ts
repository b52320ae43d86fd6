import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { chownSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A private PostgreSQL 15 cluster for the fault runs (initdb into a temporary folder, its own port),
 * so restarting it never touches the shared server on 5432. We run as root; PostgreSQL refuses to,
 * so every command runs as the postgres user through runuser.
 */
const BIN = "/usr/lib/postgresql/15/bin";

export type Cluster = {
  port: number;
  adminUrl: string;
  /** Stops the server (fast shutdown: open connections are terminated), waits `downMs`, starts it again. */
  restart: (downMs: number) => Promise<{ stoppedAt: number; startedAt: number }>;
  log: () => string;
  destroy: () => void;
};

const asPostgres = (args: string[]) =>
  execFileSync("runuser", ["-u", "postgres", "--", ...args], { stdio: ["ignore", "pipe", "pipe"], timeout: 120_000 }).toString();
// Asynchronous during the load: a blocked event loop would stall the virtual users and skew their timings.
const asPostgresAsync = (args: string[]) => promisify(execFile)("runuser", ["-u", "postgres", "--", ...args], { timeout: 120_000 });

export function startCluster(port: number): Cluster {
  const dir = mkdtempSync(path.join(tmpdir(), "mojbok-fault-pg-"));
  const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
  chownSync(dir, uid, gid);
  const data = path.join(dir, "data");
  const logFile = path.join(dir, "server.log");
  asPostgres([`${BIN}/initdb`, "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=100 -c shared_buffers=64MB`;
  const startArgs = [`${BIN}/pg_ctl`, "-D", data, "-o", options, "-l", logFile, "-w", "-t", "60", "start"];
  const stopArgs = (mode: "fast" | "immediate") => [`${BIN}/pg_ctl`, "-D", data, "-m", mode, "-w", "-t", "60", "stop"];
  asPostgres(startArgs);
  return {
    port,
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    restart: async (downMs) => {
      const stoppedAt = Date.now();
      await asPostgresAsync(stopArgs("fast"));
      await new Promise((r) => setTimeout(r, downMs));
      await asPostgresAsync(startArgs);
      return { stoppedAt, startedAt: Date.now() };
    },
    log: () => {
      try {
        return readFileSync(logFile, "utf8");
      } catch {
        return "";
      }
    },
    destroy: () => {
      try {
        asPostgres(stopArgs("immediate"));
      } catch {
        // already down
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
