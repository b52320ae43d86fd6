import { and, desc, eq, gte, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { accounts, regulationAcceptances, regulationVersions, staffUsers, type RegulationVersion } from "@/db/schema";
import { currentRegulation } from "./in-force";
import { now } from "@/lib/clock";
import { sendEmailToEach } from "@/lib/email/send";
import { warsawDate } from "@/lib/format";
import { tenantById } from "@/lib/tenant/registry";
import type { Tenant } from "@/lib/tenant/schema";
import { auditStaffAction, isUuid } from "@/lib/staff/common";
import { inScope, isAdmin, type StaffMember, type StaffScope } from "@/lib/staff/scope";

/**
 * Regulation versions in the back office (admins only): drafts are written and edited, previewed,
 * then published with an effective date today or later. A published version is immutable; from
 * its effective date it is the tenant's current regulation (lib/regulations/in-force.ts), so every
 * customer of that tenant — and only that tenant — meets the acceptance gate at the next request.
 */

const VERSION_PATTERN = /^[0-9A-Za-z][0-9A-Za-z._-]{0,39}$/;

export const regulationFields = {
  version: z
    .string()
    .trim()
    .min(1, "Pole Oznaczenie wersji jest wymagane.")
    .regex(VERSION_PATTERN, "Oznaczenie wersji: do 40 liter, cyfr, kropek, myślników lub podkreśleń, bez spacji."),
  title: z.string().trim().min(1, "Pole Tytuł jest wymagane.").max(200, "Tytuł może mieć najwyżej 200 znaków."),
  markdown: z.string().trim().min(1, "Pole Treść jest wymagane.").max(200_000, "Treść może mieć najwyżej 200 000 znaków."),
  effectiveDate: z.string().trim().min(1, "Pole Data wejścia w życie jest wymagane.").pipe(z.iso.date("Podaj datę w formacie RRRR-MM-DD.")),
};

export const newRegulationSchema = z.object({ tenantId: z.string().trim().min(1, "Wybierz sprzedawcę."), ...regulationFields });
export const editRegulationSchema = z.object({ id: z.string().trim(), ...regulationFields });

export type RegulationInput = z.output<typeof editRegulationSchema>;
export type NewRegulationInput = z.output<typeof newRegulationSchema>;
export type RegulationRow = RegulationVersion & { acceptances: number; publishedByEmail: string | null; current: boolean };
export type FieldErrors = Record<string, string[]>;

export const EFFECTIVE_DATE_PAST = "Data wejścia w życie nie może być wcześniejsza niż dzisiejsza.";
const VERSION_TAKEN = "Ta wersja regulaminu już istnieje u tego sprzedawcy.";

const today = () => warsawDate(now());
const scoped = (staff: Pick<StaffMember, "tenants">) => inArray(regulationVersions.tenantId, staff.tenants.length ? staff.tenants : ["-"]);

const acceptanceCount =
  sql<number>`(select count(*) from ${regulationAcceptances} where ${regulationAcceptances.regulationVersionId} = ${regulationVersions.id})`.mapWith(Number);

/** Per tenant in scope: its versions, drafts first, then published ones newest first. */
export async function listRegulations(scope: StaffScope): Promise<{ tenant: Tenant; versions: RegulationRow[] }[]> {
  const { db, staff } = scope;
  if (!isAdmin(scope)) return [];
  const tenants = staff.tenants.map((id) => tenantById(id)).filter((t): t is Tenant => !!t);
  // The first version lives in the tenant file until first used; this writes it if needed.
  const current = new Map<string, string>();
  for (const tenant of tenants) current.set(tenant.id, (await currentRegulation(db, tenant)).id);
  if (tenants.length === 0) return [];
  const rows = await db
    .select({ version: regulationVersions, acceptances: acceptanceCount, publishedByEmail: staffUsers.email })
    .from(regulationVersions)
    .leftJoin(staffUsers, eq(staffUsers.id, regulationVersions.publishedBy))
    .where(scoped(staff))
    .orderBy(desc(sql`${regulationVersions.status} = 'draft'`), desc(regulationVersions.effectiveDate), desc(regulationVersions.createdAt));
  return tenants.map((tenant) => ({
    tenant,
    versions: rows
      .filter((r) => r.version.tenantId === tenant.id)
      .map((r) => ({ ...r.version, acceptances: r.acceptances, publishedByEmail: r.publishedByEmail, current: current.get(tenant.id) === r.version.id })),
  }));
}

/** One version in the person's scope, or null (unknown, malformed id, or another tenant's). */
export async function findRegulation(scope: StaffScope, id: string): Promise<RegulationRow | null> {
  const { db, staff } = scope;
  if (!isAdmin(scope) || !isUuid(id)) return null;
  const [row] = await db
    .select({ version: regulationVersions, acceptances: acceptanceCount, publishedByEmail: staffUsers.email })
    .from(regulationVersions)
    .leftJoin(staffUsers, eq(staffUsers.id, regulationVersions.publishedBy))
    .where(and(eq(regulationVersions.id, id), scoped(staff)))
    .limit(1);
  if (!row) return null;
  const tenant = tenantById(row.version.tenantId);
  const current = tenant ? await currentRegulation(db, tenant) : null;
  return { ...row.version, acceptances: row.acceptances, publishedByEmail: row.publishedByEmail, current: current?.id === row.version.id };
}

function dateProblems(effectiveDate: string): FieldErrors {
  return effectiveDate < today() ? { effectiveDate: [EFFECTIVE_DATE_PAST] } : {};
}

const isUniqueViolation = (error: unknown) => {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === "23505" || e?.cause?.code === "23505";
};

export type SaveResult = { ok: true; id: string } | { ok: false; notFound?: true; fieldErrors: FieldErrors };

/** "Nowa wersja": a draft of a tenant in scope. */
export async function createRegulationDraft(scope: StaffScope, input: NewRegulationInput): Promise<SaveResult> {
  const tenant = tenantById(input.tenantId);
  if (!isAdmin(scope)) return { ok: false, notFound: true, fieldErrors: {} };
  if (!tenant || !scope.staff.tenants.includes(tenant.id)) return { ok: false, fieldErrors: { tenantId: ["Wybierz sprzedawcę z listy."] } };
  const problems = dateProblems(input.effectiveDate);
  if (Object.keys(problems).length) return { ok: false, fieldErrors: problems };
  // The tenant file's version is written first, so a draft can never take its label.
  await currentRegulation(scope.db, tenant);
  try {
    return await scope.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(regulationVersions)
        .values({
          tenantId: tenant.id,
          version: input.version,
          title: input.title,
          markdown: input.markdown,
          effectiveDate: input.effectiveDate,
          status: "draft",
        })
        .returning({ id: regulationVersions.id });
      await auditStaffAction({ ...scope, db: tx }, "regulation.draft_created", {
        tenantId: tenant.id,
        kind: "regulation_version",
        id: row!.id,
        details: { version: input.version },
      });
      return { ok: true as const, id: row!.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { version: [VERSION_TAKEN] } };
    throw error;
  }
}

/** Editing a draft; a published version (or one outside the scope) is not found. */
export async function updateRegulationDraft(scope: StaffScope, input: RegulationInput): Promise<SaveResult> {
  const existing = await findRegulation(scope, input.id);
  if (!existing || existing.status !== "draft") return { ok: false, notFound: true, fieldErrors: {} };
  const problems = dateProblems(input.effectiveDate);
  if (Object.keys(problems).length) return { ok: false, fieldErrors: problems };
  try {
    return await scope.db.transaction(async (tx) => {
      const [row] = await tx
        .update(regulationVersions)
        .set({ version: input.version, title: input.title, markdown: input.markdown, effectiveDate: input.effectiveDate })
        .where(
          and(
            eq(regulationVersions.id, existing.id),
            eq(regulationVersions.tenantId, existing.tenantId),
            eq(regulationVersions.status, "draft"),
            scoped(scope.staff),
          ),
        )
        .returning({ id: regulationVersions.id });
      if (!row) return { ok: false as const, notFound: true as const, fieldErrors: {} };
      await auditStaffAction({ ...scope, db: tx }, "regulation.draft_updated", {
        tenantId: existing.tenantId,
        kind: "regulation_version",
        id: existing.id,
        details: { version: input.version },
      });
      return { ok: true as const, id: row.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, fieldErrors: { version: [VERSION_TAKEN] } };
    throw error;
  }
}

/** The accounts a publication is announced to: the tenant's active ones with an e-mail address. */
export async function countAnnouncementRecipients(scope: StaffScope, tenantId: string): Promise<number> {
  if (!inScope(scope, tenantId)) return 0;
  const [row] = await scope.db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(accounts)
    .where(and(eq(accounts.tenantId, tenantId), eq(accounts.status, "active")));
  return row?.n ?? 0;
}

export type PublishResult = { ok: true; notified: number } | { ok: false; notFound?: true; message?: string };

/**
 * "Opublikuj": the draft becomes published (once — the conditional update makes a second click or a
 * parallel one a no-op), audited, and announced to the tenant's active customers through the outbox
 * in the same transaction. The effective date must not be in the past.
 */
export async function publishRegulation(scope: StaffScope, id: string): Promise<PublishResult> {
  const existing = await findRegulation(scope, id);
  if (!existing) return { ok: false, notFound: true };
  if (existing.status !== "draft") return { ok: false, message: "Ta wersja jest już opublikowana." };
  const tenant = tenantById(existing.tenantId);
  if (!tenant) return { ok: false, notFound: true };
  if (existing.effectiveDate < today()) return { ok: false, message: `${EFFECTIVE_DATE_PAST} Popraw datę w wersji roboczej.` };
  return scope.db.transaction(async (tx) => {
    const [published] = await tx
      .update(regulationVersions)
      .set({ status: "published", publishedAt: now(), publishedBy: scope.staff.id })
      .where(
        and(
          eq(regulationVersions.id, existing.id),
          eq(regulationVersions.tenantId, tenant.id),
          eq(regulationVersions.status, "draft"),
          gte(regulationVersions.effectiveDate, today()),
          scoped(scope.staff),
        ),
      )
      .returning();
    if (!published) return { ok: false as const, message: "Ta wersja jest już opublikowana." };
    // Oldest accounts first; one render and one statement however many accounts the tenant has.
    const notified = await sendEmailToEach(tx, {
      tenant,
      recipients: sql`select ${accounts.email} from ${accounts} where ${accounts.tenantId} = ${tenant.id} and ${accounts.status} = 'active' order by ${accounts.createdAt}`,
      template: { name: "regulation-updated", props: { title: published.title, version: published.version, effectiveDate: published.effectiveDate } },
    });
    await auditStaffAction({ ...scope, db: tx }, "regulation.published", {
      tenantId: tenant.id,
      kind: "regulation_version",
      id: published.id,
      details: { version: published.version, effectiveDate: published.effectiveDate, notified },
    });
    return { ok: true as const, notified };
  });
}
