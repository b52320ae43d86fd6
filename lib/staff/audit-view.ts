import { and, desc, eq, gte, inArray, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { accounts, auditLog, staffUsers } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { formatDateTime, warsawTime } from "@/lib/format";
import { actorKindLabels, auditActionLabel, safeDetailKeys, targetKindLabels } from "./audit-labels";
import type { StaffMember, StaffScope } from "./scope";

/**
 * The console's audit log (issue #5, docs/console.md §10): newest first, 50 a page, filtered by what is in the URL.
 * Scope is in the WHERE clause: rows of the staff member's tenants; rows of no tenant (staff
 * sign-ins, the CLI) only for admins — a staff member sees only their own of those.
 */
export const AUDIT_PAGE_SIZE = 50;
export const NO_TENANT = "brak";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)));
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : Array.isArray(v) ? v[0] : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional().catch(undefined));

/** The filters as they come in the URL; a malformed one is ignored rather than failing the page. */
export const auditFilterSchema = z.object({
  sprzedawca: optional(z.string().regex(/^[a-z0-9-]{1,40}$/)),
  akcja: optional(z.string().regex(/^[a-z0-9_.-]{1,60}$/)),
  kto: optional(z.enum(Object.keys(actorKindLabels) as [string, ...string[]])),
  cel: optional(z.string().trim().min(1).max(200)),
  od: optional(isoDate),
  do: optional(isoDate),
  strona: optional(z.coerce.number().int().min(1).max(10_000)),
});
export type AuditFilters = z.output<typeof auditFilterSchema>;

export type AuditRow = {
  id: number;
  at: Date;
  tenantId: string | null;
  action: string;
  actionLabel: string;
  actorKind: string;
  who: string;
  target: string | null;
  ip: string | null;
  details: [string, string][];
};

export type AuditPage = { rows: AuditRow[]; page: number; hasNext: boolean };

/** Midnight of a Warsaw calendar day as an instant (the offset is +1 or +2 hours). */
export function warsawDayStart(day: string): Date {
  return warsawTime(day, 0);
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * Rows of the staff's tenants; of the rows without a tenant (staff sign-ins, locks, management of a
 * person with several tenants), staff see their own and admins those about people whose tenants all
 * lie within the admin's — an admin of POLO never sees MPEC staff's sign-ins, addresses or e-mails.
 */
function scopeCondition(staff: StaffMember): SQL {
  const ofTenants = staff.tenants.length ? inArray(auditLog.tenantId, staff.tenants) : sql`false`;
  const people =
    staff.role === "admin"
      ? sql`(SELECT ${staffUsers.id}::text FROM ${staffUsers} WHERE ${staffUsers.tenants} <@ ${JSON.stringify(staff.tenants)}::jsonb)`
      : sql`(SELECT ${staff.id}::text)`;
  const tenantless = and(
    isNull(auditLog.tenantId),
    or(
      and(eq(auditLog.actorKind, "staff"), sql`${auditLog.actorId} IN ${people}`),
      and(eq(auditLog.targetKind, "staff"), sql`${auditLog.targetId} IN ${people}`),
    ),
  );
  return or(ofTenants, tenantless)!;
}

/** "cel": an id, or a customer's login or e-mail, or a staff e-mail — as actor or as target. */
async function targetCondition(db: DbOrTx, staff: StaffMember, text: string): Promise<SQL> {
  const lower = text.toLowerCase();
  const accountRows = staff.tenants.length
    ? await db
        .select({ id: accounts.id })
        .from(accounts)
        .where(and(inArray(accounts.tenantId, staff.tenants), or(sql`lower(${accounts.login}) = ${lower}`, sql`lower(${accounts.email}) = ${lower}`)))
        .limit(100)
    : [];
  const staffRows = await db.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, lower)).limit(1);
  const ids = [text, ...accountRows.map((r) => r.id), ...staffRows.map((r) => r.id)];
  return or(inArray(auditLog.targetId, ids), inArray(auditLog.actorId, ids), sql`lower(${auditLog.details}->>'login') = ${lower}`)!;
}

export async function auditLogPage({ db, staff }: StaffScope, filters: AuditFilters): Promise<AuditPage> {
  const page = filters.strona ?? 1;
  const conditions: (SQL | undefined)[] = [scopeCondition(staff)];
  if (filters.sprzedawca === NO_TENANT) conditions.push(isNull(auditLog.tenantId));
  else if (filters.sprzedawca) conditions.push(eq(auditLog.tenantId, filters.sprzedawca));
  if (filters.akcja) conditions.push(eq(auditLog.action, filters.akcja));
  if (filters.kto) conditions.push(eq(auditLog.actorKind, filters.kto));
  if (filters.cel) conditions.push(await targetCondition(db, staff, filters.cel));
  if (filters.od) conditions.push(gte(auditLog.at, warsawDayStart(filters.od)));
  if (filters.do) conditions.push(lt(auditLog.at, warsawDayStart(nextDay(filters.do))));

  const rows = await db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1)
    .offset((page - 1) * AUDIT_PAGE_SIZE);
  const shown = rows.slice(0, AUDIT_PAGE_SIZE);
  const names = await resolveNames(db, staff, shown);
  return {
    page,
    hasNext: rows.length > AUDIT_PAGE_SIZE,
    rows: shown.map((r) => ({
      id: r.id,
      at: r.at,
      tenantId: r.tenantId,
      action: r.action,
      actionLabel: auditActionLabel(r.action),
      actorKind: r.actorKind,
      who: whoLabel(r.actorKind, r.actorId, names),
      target: targetLabel(r.targetKind, r.targetId, names),
      ip: r.ip,
      details: safeDetails(r.details),
    })),
  };
}

type Names = { staff: Map<string, string>; accounts: Map<string, string> };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function resolveNames(db: DbOrTx, staff: StaffMember, rows: (typeof auditLog.$inferSelect)[]): Promise<Names> {
  const staffIds = new Set<string>();
  const accountIds = new Set<string>();
  for (const r of rows) {
    if (r.actorKind === "staff" && r.actorId && UUID.test(r.actorId)) staffIds.add(r.actorId);
    if (r.targetKind === "staff" && r.targetId && UUID.test(r.targetId)) staffIds.add(r.targetId);
    if (r.actorKind === "customer" && r.actorId && UUID.test(r.actorId)) accountIds.add(r.actorId);
    if (r.targetKind === "account" && r.targetId && UUID.test(r.targetId)) accountIds.add(r.targetId);
  }
  const staffRows = staffIds.size
    ? await db
        .select({ id: staffUsers.id, email: staffUsers.email })
        .from(staffUsers)
        .where(inArray(staffUsers.id, [...staffIds]))
    : [];
  const accountRows =
    accountIds.size && staff.tenants.length
      ? await db
          .select({ id: accounts.id, login: accounts.login })
          .from(accounts)
          .where(and(inArray(accounts.tenantId, staff.tenants), inArray(accounts.id, [...accountIds])))
      : [];
  return { staff: new Map(staffRows.map((r) => [r.id, r.email])), accounts: new Map(accountRows.map((r) => [r.id, r.login])) };
}

function whoLabel(kind: string, id: string | null, names: Names): string {
  switch (kind) {
    case "staff":
      return (id && names.staff.get(id)) ?? "pracownik (nieznany)";
    case "customer":
      return `klient ${(id && names.accounts.get(id)) ?? "(konto usunięte)"}`;
    case "system":
      return "system";
    case "import":
      return "CRM/import";
    case "anonymous":
      return "niezalogowany użytkownik";
    case "cli":
      return "wiersz poleceń (administrator serwera)";
    case "gateway":
      return `bramka płatności${id ? ` ${id}` : ""}`;
    default:
      return kind;
  }
}

function targetLabel(kind: string | null, id: string | null, names: Names): string | null {
  if (!kind) return null;
  const what = targetKindLabels[kind] ?? kind;
  if (!id) return what;
  const name = kind === "staff" ? names.staff.get(id) : kind === "account" ? names.accounts.get(id) : undefined;
  return `${what} ${name ?? id}`;
}

const MAX_DETAIL = 120;

function detailValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value)) return formatDateTime(new Date(value));
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    const text = typeof value === "boolean" ? (value ? "tak" : "nie") : String(value);
    return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL)}…` : text;
  }
  if (Array.isArray(value)) return detailValue(value.filter((v) => ["string", "number", "boolean"].includes(typeof v)).join(", "));
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => typeof v === "number" || typeof v === "string");
    return detailValue(entries.map(([k, v]) => `${k}: ${String(v)}`).join(", "));
  }
  return null;
}

/** Only the keys the console shows (safeDetailKeys), as text. */
export function safeDetails(details: Record<string, unknown> | null): [string, string][] {
  if (!details) return [];
  return Object.entries(details).flatMap(([key, value]) => {
    if (!safeDetailKeys.has(key)) return [];
    const text = detailValue(value);
    return text === null || text === "" ? [] : [[key, text] as [string, string]];
  });
}

/** The URL of a page of the log with the same filters. */
export function auditHref(filters: AuditFilters, page: number): string {
  const params = new URLSearchParams();
  for (const key of ["sprzedawca", "akcja", "kto", "cel", "od", "do"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set("strona", String(page));
  const query = params.toString();
  return `/konsola/dziennik${query ? `?${query}` : ""}`;
}
