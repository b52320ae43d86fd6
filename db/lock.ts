import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";

/**
 * PGlite does not lock its folder, and two processes on one folder corrupt it silently. The opener
 * writes `<dir>.lock` (pid and the HTTP port, when it is the app) and removes it on exit; a lock whose
 * process is gone is stale and is taken over.
 */

export type LockInfo = { pid: number; port?: number; startedAt: string };

export const lockPath = (dataDir: string) => `${path.resolve(dataDir)}.lock`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function readLock(dataDir: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(lockPath(dataDir), "utf8")) as LockInfo;
    return alive(info.pid) ? info : null;
  } catch {
    return null;
  }
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockInfo,
  ) {
    super(`The database folder ${dataDir} is in use by process ${holder.pid}${holder.port ? ` (app on port ${holder.port})` : ""}.`);
  }
}

export function acquireDataDirLock(dataDir: string): () => void {
  const file = lockPath(dataDir);
  const info: LockInfo = { pid: process.pid, startedAt: new Date().toISOString() };
  const port = Number(process.env.PORT ?? process.env.PUBLIC_PORT);
  if (Number.isInteger(port) && port > 0 && process.env.NEXT_RUNTIME) info.port = port;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      const release = () => {
        try {
          if (readFileSync(file, "utf8") === JSON.stringify(info)) unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readLock(dataDir);
      if (holder && holder.pid !== process.pid) throw new DataDirLockedError(dataDir, holder);
      unlinkSync(file); // stale: its process is gone
    }
  }
  throw new Error(`could not lock ${dataDir}`);
}
