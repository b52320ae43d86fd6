/**
 * What a CRM key may do (S31, docs/security.md): `import` (POST /api/import), `export`
 * (GET /api/export) or `both`. Pure, so the console's form (a client component) can name them too.
 */
export const importKeyScopes = ["import", "export", "both"] as const;
export type ImportKeyScope = (typeof importKeyScopes)[number];
/** What a request does with a key. */
export type ImportKeyUse = "import" | "export";

export const scopeAllows = (scope: ImportKeyScope, use: ImportKeyUse) => scope === "both" || scope === use;

/** How the console names a scope, in the order the form offers them. */
export const scopeLabels: Record<ImportKeyScope, string> = {
  both: "Import i eksport",
  import: "Tylko import",
  export: "Tylko eksport",
};
