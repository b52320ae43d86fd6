import { bigint, text, timestamp } from "drizzle-orm/pg-core";

/** Money is integer grosze. bigint in the database, number in JS (safe up to 90 trillion zł). */
export const money = (name: string) => bigint(name, { mode: "number" });
export const tenantId = () => text("tenant_id").notNull();
export const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
export const tstz = (name: string) => timestamp(name, { withTimezone: true });
