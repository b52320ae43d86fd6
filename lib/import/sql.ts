import type { SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";

/** postgres.js answers an array of rows, PGlite `{ rows }`. */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}
