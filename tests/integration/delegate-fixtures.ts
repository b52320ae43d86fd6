import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { emailOutbox } from "@/db/schema";

/** The invitation link's token, as the newest outbox e-mail to `to` carries it (docs/accounts.md §17). */
export async function invitationToken(db: Db, to: string): Promise<string> {
  const [mail] = await db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.to, to), eq(emailOutbox.template, "delegate-invitation")))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(1);
  const match = /\/pelnomocnictwo\/([A-Za-z0-9_-]+)/.exec(mail!.text);
  return match![1]!;
}
