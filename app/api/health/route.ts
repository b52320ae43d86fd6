import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { log } from "@/lib/log/logger";

/** Readiness for load balancers and the e2e web server: the app answers and the database does too. */
export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  try {
    const db = await getDb();
    await db.execute(sql`SELECT 1`);
    return Response.json({ ok: true }, { headers });
  } catch (error) {
    // The cause goes to the server log only (S24).
    log().error({ err: error }, "health check failed");
    return Response.json({ ok: false }, { status: 503, headers });
  }
}
