import { getDbHandle, type Db } from "@/db/client";

/**
 * What every command-line script shares: its failure is one line on stderr and exit code 1 (the
 * message, not a stack trace, as the operator reads it), and a database handle that is closed
 * whatever happens.
 */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

export async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const handle = await getDbHandle();
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}
