import { and, eq } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";

/** The first row of a tenant's table whose `column` is `value` (undefined when there is none). */
export async function tenantRow<T extends PgTable & { tenantId: AnyPgColumn }>(
  db: Db,
  table: T,
  tenantId: string,
  column: AnyPgColumn,
  value: string,
): Promise<T["$inferSelect"] | undefined> {
  const rows = await db
    .select()
    .from(table as PgTable)
    .where(and(eq(table.tenantId, tenantId), eq(column, value)));
  return rows[0] as T["$inferSelect"] | undefined;
}
