import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { staffUsers } from "@/db/schema";
import { audit } from "@/lib/audit";
import { allTenants } from "@/lib/tenant/registry";
import { createStaffUser, normalizeEmail, resetStaffUser } from "@/lib/staff/auth";
import { runCli, withDb } from "./cli";

/**
 * `npm run staff:create -- --email a@b.pl --role admin|staff [--tenants polo,polsp] [--reset]`
 * Creates a back-office account (all tenants unless --tenants) and prints its one-time password once.
 * The person signs in at the console, sets a password and enrols a TOTP authenticator.
 * --reset gives an existing account a new one-time password (password, TOTP and sessions end).
 */
const usage = "Użycie: npm run staff:create -- --email <e-mail> --role admin|staff [--tenants polo,polsp] [--reset]";

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string" }, tenants: { type: "string" }, reset: { type: "boolean" } },
  });
  const known = allTenants().map((t) => t.id);
  const input = z
    .object({
      email: z.email("Podaj poprawny adres e-mail."),
      role: z.enum(["admin", "staff"], "Rola: admin albo staff."),
      tenants: z.array(z.enum(known as [string, ...string[]], `Znani sprzedawcy: ${known.join(", ")}.`)).min(1),
    })
    .safeParse({
      email: values.email,
      role: values.role,
      tenants: values.tenants
        ? values.tenants
            .split(",")
            .map((t) => t.trim())
            .filter(Boolean)
        : known,
    });
  if (!input.success) {
    for (const issue of input.error.issues) console.error(issue.message);
    console.error(usage);
    process.exit(2);
  }
  const { email, role, tenants } = input.data;
  await withDb(async (db) => {
    const [existing] = await db
      .select()
      .from(staffUsers)
      .where(eq(staffUsers.email, normalizeEmail(email)))
      .limit(1);
    if (existing && !values.reset) {
      console.error(`Konto ${existing.email} już istnieje. Aby nadać mu nowe hasło jednorazowe, dodaj --reset.`);
      process.exit(3);
    }
    const { id, oneTimePassword } = existing
      ? { id: existing.id, ...(await resetStaffUser(db, existing.id)) }
      : await createStaffUser(db, { email, role, tenants });
    await audit(db, {
      tenantId: null,
      actorKind: "cli",
      actorId: null,
      action: existing ? "staff.reset" : "staff.created",
      targetKind: "staff",
      targetId: id,
      ip: null,
      userAgent: null,
      details: existing ? { email: existing.email } : { email: normalizeEmail(email), role, tenants },
    });
    console.error(
      `${existing ? "Nowe hasło jednorazowe dla" : "Utworzono konto"} ${normalizeEmail(email)} (${existing?.role ?? role}; ${(existing?.tenants ?? tenants).join(", ")}).`,
    );
    console.error("Hasło jednorazowe (pokazywane tylko teraz; przy pierwszym logowaniu ustawisz własne hasło i kod TOTP):");
    console.log(oneTimePassword);
  });
}

runCli(main);
