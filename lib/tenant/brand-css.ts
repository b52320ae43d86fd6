import type { Tenant } from "@/lib/tenant/schema";

/** A font stack may only hold family names; anything else could break out of the declaration. */
function safeFontStack(stack: string): string {
  return /^[\w\s,'"-]+$/.test(stack) ? stack : "system-ui, sans-serif";
}

/**
 * A tenant's brand as CSS custom properties on `selector`: ":root" for the tenant's own host, a
 * `[data-brand="…"]` scope for the console's previews of several tenants on one page.
 */
export function brandCss(brand: Tenant["brand"], selector = ":root"): string {
  // Colours are #rrggbb by the tenant schema, so they are safe to print as they are.
  const variables: [string, string][] = [
    ["--brand-primary", brand.primary],
    ["--brand-primary-contrast", brand.primaryContrast],
    ["--brand-accent", brand.accent],
    ["--brand-surface", brand.surface],
    ["--brand-text", brand.text],
    ["--brand-danger", brand.danger],
    ["--brand-success", brand.success],
    ["--brand-font", safeFontStack(brand.fontStack)],
  ];
  return `${selector} {\n${variables.map(([name, value]) => `  ${name}: ${value};`).join("\n")}\n}\n`;
}
