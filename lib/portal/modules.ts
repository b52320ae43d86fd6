import { notFound } from "next/navigation";
import type { ModuleId } from "@/lib/tenant/schema";
import type { Tenant } from "@/lib/tenant/schema";
import { ROLES, type AllowedRoles } from "@/lib/auth/customer-scope";

/**
 * Each portal module has one fixed route; tenants choose which modules they show, in what order and
 * under what label (tenant.navigation). A module appears in the navigation once its screen exists
 * (`available`), so the navigation never links to a page that is not there.
 */
export const moduleRoutes: Record<ModuleId, string> = {
  dashboard: "/pulpit",
  invoices: "/faktury",
  payments: "/platnosci",
  contracts: "/umowy",
  points: "/punkty-poboru",
  meters: "/liczniki",
  readings: "/odczyty",
  "my-data": "/moje-dane",
  tickets: "/zgloszenia",
  documents: "/dokumenty",
  settings: "/ustawienia",
};

/** Modules whose screens are built. */
export const availableModules = new Set<ModuleId>([
  "dashboard",
  "contracts",
  "settings",
  "invoices",
  "payments",
  "documents",
  "points",
  "meters",
  "readings",
  "tickets",
  "my-data",
]);

export type NavItem = { module: ModuleId; label: string; href: string };

export function navigation(tenant: Tenant): NavItem[] {
  return tenant.navigation.filter((item) => availableModules.has(item.module)).map((item) => ({ ...item, href: moduleRoutes[item.module] }));
}

/** The modules linked from the signed-in header (not the menu), when their screens exist. */
export function headerNavigation(tenant: Tenant): NavItem[] {
  return tenant.headerLinks.filter((item) => availableModules.has(item.module)).map((item) => ({ ...item, href: moduleRoutes[item.module] }));
}

/** The tenant's own name for a module, from the menu or the header. */
export function moduleLabel(tenant: Tenant, module: ModuleId): string | null {
  return [...tenant.navigation, ...tenant.headerLinks].find((item) => item.module === module)?.label ?? null;
}

/**
 * Who may open a module's main screen (docs/accounts.md §17): the header shows a delegate only these.
 * The pages check the role themselves (requireCustomer's `roles`); tests/unit/customer-roles.test.ts
 * holds this map to the pages' own declarations.
 */
export const moduleRoles: Record<ModuleId, AllowedRoles> = {
  dashboard: ROLES.view,
  invoices: ROLES.view,
  payments: ROLES.view,
  contracts: ROLES.view,
  points: ROLES.view,
  meters: ROLES.view,
  readings: ROLES.view,
  documents: ROLES.view,
  tickets: ROLES.full,
  "my-data": ROLES.full,
  settings: ROLES.holder,
};

/** Where a customer lands after signing in: the tenant's first module. */
export function homeRoute(tenant: Tenant): string {
  return navigation(tenant)[0]?.href ?? moduleRoutes.settings;
}

/**
 * A tenant without a Pulpit still shows "Aktualne saldo" on the first screen after sign-in: at the
 * top of its landing module's page (MPEC: "Umowa").
 */
export function landsWithBalance(tenant: Tenant, module: ModuleId): boolean {
  return moduleHref(tenant, "dashboard") === null && homeRoute(tenant) === moduleRoutes[module];
}

/** A link to a module only when its screen exists and the tenant shows it; otherwise null. */
export function moduleHref(tenant: Tenant, module: ModuleId): string | null {
  return navigation(tenant).find((item) => item.module === module)?.href ?? null;
}

/**
 * The module(s) a screen belongs to: one, or any of several for screens shared by modules (a
 * document's page serves Faktury, Dokumenty and Płatności; online payment serves Faktury and Płatności).
 */
export type ModuleRule = ModuleId | readonly ModuleId[];

/**
 * Ustawienia holds the password change every account needs: a tenant without the tab (MPEC) links
 * it from the header as "Zmień hasło" (components/portal/portal-header.tsx), so every tenant offers it.
 */
const offeredEverywhere: readonly ModuleId[] = ["settings"];

/** Whether the tenant offers the module (any of them), in the menu or the header. */
export function offersModule(tenant: Tenant, rule: ModuleRule): boolean {
  const wanted: readonly ModuleId[] = typeof rule === "string" ? [rule] : rule;
  if (wanted.some((module) => offeredEverywhere.includes(module))) return true;
  return [...tenant.navigation, ...tenant.headerLinks].some((item) => wanted.includes(item.module));
}

/**
 * The screens of a module answer only on tenants that offer it, in the menu or the header (server actions and routes are
 * reachable on every host, so the navigation alone does not keep anyone out). Pages and routes reach
 * it through requireCustomer({ module }), actions through customerAction's `module`.
 */
export function requireModule(tenant: Tenant, rule: ModuleRule): void {
  if (!offersModule(tenant, rule)) notFound();
}

/** A dynamic route segment as text; a malformed %-escape is kept as typed (then simply not found). */
export function routeParam(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** A document's own page and its PDF: reached from Faktury, Dokumenty or Płatności (lib/billing/access.ts). */
export const DOCUMENT_MODULES: readonly ModuleId[] = ["invoices", "documents", "payments"];

/** Online payment (choosing, the gateway, its return and status): offered from Faktury or Płatności (lib/payments/access.ts). */
export const PAYMENT_MODULES: readonly ModuleId[] = ["invoices", "payments"];
