import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog } from "@/db/schema";

/** The audit rows of one action whose target, actor or address is `value`. */
export const auditRows = (db: Db, action: string, by: "targetId" | "actorId" | "ip", value: string) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog[by], value)));
