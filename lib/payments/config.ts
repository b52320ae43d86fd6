import { z } from "zod";
import { env, isProduction } from "@/lib/env";
import type { PaymentGateway } from "@/lib/payments/gateway";
import { createPrzelewy24, type Przelewy24Config } from "@/lib/payments/przelewy24";
import { DEFAULT_SANDBOX_PORT, sandboxMerchantId, sandboxSecrets } from "@/lib/payments/sandbox-credentials";

/**
 * Przelewy24 credentials per tenant, from the environment: P24_<TENANT>_MERCHANT_ID, _POS_ID,
 * _API_KEY, _CRC (e.g. P24_POLO_API_KEY), and P24_BASE_URL for all of them. The names are built from
 * the tenant id, so lib/env.ts cannot list them; they are validated here instead.
 *
 * Outside production (and with P24_SANDBOX=1 for e2e) a tenant without its own credentials pays
 * through the local sandbox with its fixed sandbox credentials. In production a tenant without
 * complete credentials offers no online payment: the pay buttons are not shown.
 */
const credentials = z.object({
  merchantId: z.coerce.number().int().positive(),
  posId: z.coerce.number().int().positive(),
  apiKey: z.string().trim().min(1),
  crc: z.string().trim().min(1),
});

const fields = { merchantId: "MERCHANT_ID", posId: "POS_ID", apiKey: "API_KEY", crc: "CRC" } as const;

export const credentialNames = (tenantId: string) => Object.values(fields).map((f) => `P24_${tenantId.toUpperCase()}_${f}`);

export const SECURE_BASE_URL = "https://secure.przelewy24.pl";

export function sandboxAllowed(): boolean {
  return !isProduction() || env().P24_SANDBOX === "1";
}

export function sandboxBaseUrl(): string {
  return `http://127.0.0.1:${env().GATEWAY_SANDBOX_PORT ?? DEFAULT_SANDBOX_PORT}`;
}

/** "complete" | "partial" (a warning at start-up) | "none". */
export function credentialState(tenantId: string, source: Record<string, string | undefined> = process.env): "complete" | "partial" | "none" {
  const present = credentialNames(tenantId).filter((name) => source[name]?.trim());
  if (present.length === 0) return "none";
  return credentials.safeParse(readCredentials(tenantId, source)).success ? "complete" : "partial";
}

function readCredentials(tenantId: string, source: Record<string, string | undefined>) {
  const prefix = `P24_${tenantId.toUpperCase()}_`;
  return Object.fromEntries(Object.entries(fields).map(([key, suffix]) => [key, source[prefix + suffix]]));
}

export function przelewy24Config(tenantId: string, source: Record<string, string | undefined> = process.env): Przelewy24Config | null {
  const own = credentials.safeParse(readCredentials(tenantId, source));
  // Real credentials never go to the sandbox by default: in production they talk to Przelewy24 itself.
  if (own.success) return { ...own.data, baseUrl: env().P24_BASE_URL ?? (isProduction() ? SECURE_BASE_URL : sandboxBaseUrl()) };
  if (!sandboxAllowed()) return null;
  const merchantId = sandboxMerchantId(tenantId);
  return { merchantId, posId: merchantId, ...sandboxSecrets(merchantId), baseUrl: env().P24_BASE_URL ?? sandboxBaseUrl() };
}

/** The tenant's gateway, or null when it offers no online payment. */
export function paymentGateway(tenant: { id: string }): PaymentGateway | null {
  const config = przelewy24Config(tenant.id);
  return config ? createPrzelewy24(config) : null;
}
