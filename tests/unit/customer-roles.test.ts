import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROLES, roleAllowed, type CustomerRole } from "@/lib/auth/customer-scope";
import { moduleRoles, moduleRoutes } from "@/lib/portal/modules";
import { cases } from "@/tests/helpers/cases";
import { roleTable as expected, roleCan as can, type Group } from "@/tests/helpers/customer-roles";

/**
 * Who may use every customer page, route and action (docs/accounts.md §17), read from the code: every
 * file under app/ that checks a customer session (requireCustomer, customerAction, resolveCustomer, a
 * customer checkRequest — directly or through a lib/ helper it imports) and the roles it declares
 * (`ROLES.x`; none declared = the holder only). A new file that checks a customer session and is not
 * in that table (tests/helpers/customer-roles.ts) fails, so no page or action escapes the review of its roles.
 */
const root = process.cwd();
const guard = /requireCustomer\(|customerAction\(|resolveCustomer\(|session: "customer"/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return files(full);
    return /\.(ts|tsx)$/.test(e.name) ? [full] : [];
  });
}

/** The code of a file without its comments (a comment that names requireCustomer checks nothing). */
const code = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");

/** The role groups a file declares, or null when it checks no customer session itself. */
function declared(text: string): Group[] | null {
  const source = code(text);
  if (!guard.test(source)) return null;
  // The guard's own `roles: ROLES.x`; a route that judges the session itself names them in roleAllowed(…, ROLES.x).
  const named = [...source.matchAll(/roles: ROLES\.(\w+)/g)];
  const judged = [...source.matchAll(/roleAllowed\([^()]*, ROLES\.(\w+)\)/g)];
  const groups = (named.length ? named : judged).map((m) => m[1] as Group);
  return groups.length ? [...new Set(groups)] : ["holder"];
}

/** lib/ files that check a customer session for the pages that import them (lib/billing/page.ts…). */
const libGuards = new Map<string, Group[]>();
for (const file of files(path.join(root, "lib"))) {
  if (/lib\/(auth|actions|request)\//.test(file)) continue;
  const groups = declared(readFileSync(file, "utf8"));
  if (groups) libGuards.set(`@/${path.relative(root, file).replace(/\.tsx?$/, "")}`, groups);
}

/** Every file under app/ that checks a customer session, with the groups it admits. */
const found = new Map<string, Group>();
for (const file of files(path.join(root, "app"))) {
  const source = readFileSync(file, "utf8");
  const own = declared(source) ?? [];
  const imported = [...source.matchAll(/from "(@\/lib\/[^"]+)"/g)].flatMap((m) => libGuards.get(m[1]!) ?? []);
  const groups = [...new Set([...own, ...imported])];
  if (groups.length === 0) continue;
  if (groups.length > 1) throw new Error(`${file}: more than one role group (${groups.join(", ")}): split the file`);
  found.set(path.relative(path.join(root, "app"), file), groups[0]!);
}

const allRoles: CustomerRole[] = ["holder", "delegate-view", "delegate-payments", "delegate-full"];

describe("customer roles of every page and action", () => {
  it("every file that checks a customer session is in the table, and nothing else", () => {
    expect([...found.keys()].sort()).toEqual(Object.keys(expected).sort());
  });

  it("every portal page and route checks a customer session itself", () => {
    const screens = files(path.join(root, "app", "(portal)"))
      .filter((f) => /(page\.tsx|route\.ts)$/.test(f))
      .map((f) => path.relative(path.join(root, "app"), f));
    expect(screens.filter((s) => !found.has(s))).toEqual([]);
  });

  it.each(cases(expected))("%s admits the roles the issue names", (file, group) => {
    expect(found.get(file)).toBe(group);
  });

  /** Each role, the files it may use and may not: the one check (roleAllowed) over the table. */
  it.each(allRoles)("%s can use exactly the pages and actions of its role", (role) => {
    const allowed = [...found].filter(([, group]) => roleAllowed(role, ROLES[group])).map(([file]) => file);
    const wanted = Object.entries(expected)
      .filter(([, group]) => can[role].includes(group))
      .map(([file]) => file);
    expect(allowed.sort()).toEqual(wanted.sort());
    // Never the password, the delegates or the consents: those stay the holder's. Of "Moje dane" a
    // full-role delegate gets the page and the phone form only — not the e-mail, address or consents.
    const delegateMyData = role === "delegate-full" ? ["(portal)/moje-dane/page.tsx", "(portal)/moje-dane/phone-action.ts"] : [];
    if (role !== "holder") expect(allowed.filter((f) => /ustawienia|moje-dane/.test(f)).sort()).toEqual(delegateMyData);
  });

  it("a page without roles is the holder's only (the secure default)", () => {
    expect(roleAllowed("holder")).toBe(true);
    for (const role of allRoles.slice(1)) expect(roleAllowed(role)).toBe(false);
  });

  it("the header shows a delegate the modules whose main screen admits them", () => {
    for (const [module, route] of Object.entries(moduleRoutes)) {
      const page = `(portal)${route}/page.tsx`;
      expect([module, moduleRoles[module as keyof typeof moduleRoles]]).toEqual([module, ROLES[expected[page]!]]);
    }
  });
});
