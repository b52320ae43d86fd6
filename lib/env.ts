import { z } from "zod";
import { decodeKey } from "@/lib/security/secret-box";
import { testSwitchProblems } from "@/lib/startup/test-switches";
import { parseTenantHosts } from "@/lib/tenant/resolve";

/**
 * Every setting comes from the environment and is validated once, here. In production the app
 * refuses to start without the secrets it needs (S25), with a guessable AUTH_SECRET, or with a test
 * switch on while a host is public (S29).
 */

/** A 32-character secret of few different characters ("aaaa…", "abab…") is no secret. */
export const MIN_SECRET_DISTINCT_CHARACTERS = 16;

const key32 = z.string().refine((v) => decodeKey(v) !== null, "must be 32 random bytes: base64 (openssl rand -base64 32) or 64 hex characters");

/**
 * The hosts TENANT_HOSTS and ADMIN_HOSTS name. A malformed TENANT_HOSTS stops the start when the
 * host table is built; the start-up check then looks at that table's hosts (lib/startup/validate.ts).
 */
function configuredHosts(env: { TENANT_HOSTS?: string; ADMIN_HOSTS?: string }): string[] {
  let tenantHosts: string[] = [];
  try {
    tenantHosts = [...parseTenantHosts(env.TENANT_HOSTS).values()].flat();
  } catch {
    tenantHosts = [];
  }
  return [...tenantHosts, ...(env.ADMIN_HOSTS ?? "").split(",")].map((h) => h.trim()).filter(Boolean);
}

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().url().optional(),
    PGLITE_DIR: z.string().default(".data/pglite"),
    AUTH_SECRET: z.string().min(32).optional(),
    TENANT_HOSTS: z.string().optional(),
    ADMIN_HOSTS: z.string().optional(),
    RESEND_API_KEY: z.string().optional(),
    RESEND_BASE_URL: z.string().url().optional(),
    DEV_TOOLS: z.enum(["0", "1"]).optional(),
    MAIL_WORKER: z.enum(["in-process", "off"]).default("in-process"),
    IMPORT_MAX_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .default(512 * 1024 * 1024),
    PUBLIC_PORT: z.coerce.number().int().positive().optional(),
    /** How many proxies of ours append to X-Forwarded-For in front of the app (lib/security/client-ip.ts). */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(1),
    /** Przelewy24 API (https://secure.przelewy24.pl or https://sandbox.przelewy24.pl); unset outside production → the local sandbox. */
    P24_BASE_URL: z.string().url().optional(),
    /** 1: tenants without their own P24_<TENANT>_* credentials use the local sandbox's (e2e tests only). */
    P24_SANDBOX: z.enum(["0", "1"]).optional(),
    /** Port of `npm run gateway:sandbox` (default 3200). */
    GATEWAY_SANDBOX_PORT: z.coerce.number().int().positive().optional(),
    /** Encrypts the staff's TOTP secrets at rest (lib/staff/totp-secret.ts); required in production. */
    STAFF_TOTP_KEY: key32.optional(),
    /** The key before the last rotation, still read until `npm run staff:totp-rekey` has run. */
    STAFF_TOTP_KEY_PREVIOUS: key32.optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== "production") return;
    if (!env.AUTH_SECRET) ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "AUTH_SECRET (32+ characters) is required in production" });
    else if (new Set(env.AUTH_SECRET).size < MIN_SECRET_DISTINCT_CHARACTERS) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: `AUTH_SECRET has too little entropy (${new Set(env.AUTH_SECRET).size} different characters, at least ${MIN_SECRET_DISTINCT_CHARACTERS}): use a random value, e.g. openssl rand -base64 48`,
      });
    }
    if (!env.TENANT_HOSTS) ctx.addIssue({ code: "custom", path: ["TENANT_HOSTS"], message: "TENANT_HOSTS is required in production" });
    if (!env.STAFF_TOTP_KEY) {
      ctx.addIssue({
        code: "custom",
        path: ["STAFF_TOTP_KEY"],
        message: "STAFF_TOTP_KEY (32 random bytes, openssl rand -base64 32) is required in production: it encrypts the staff's TOTP secrets",
      });
    }
    for (const problem of testSwitchProblems(env, configuredHosts(env))) ctx.addIssue({ code: "custom", path: [problem.variable], message: problem.message });
    // The sandbox's credentials are derivable from a tenant id: only an e2e build (DEV_TOOLS=1) may use it.
    if (env.P24_SANDBOX === "1" && env.DEV_TOOLS !== "1") {
      ctx.addIssue({
        code: "custom",
        path: ["P24_SANDBOX"],
        message: "P24_SANDBOX=1 is for end-to-end tests only (with DEV_TOOLS=1); never on a public server",
      });
    }
  });

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** For tests that change process.env: the next env() call parses it again. */
export function resetEnvCache(): void {
  cached = undefined;
}

/** Read straight from NODE_ENV (not through env()), so modules may ask at load time, even during `next build`. */
export const isProduction = () => process.env.NODE_ENV === "production";

/**
 * The development mailbox, clock and index of tenants on localhost: outside production, or a
 * production build with DEV_TOOLS=1 for e2e tests.
 */
export const devToolsEnabled = () => !isProduction() || env().DEV_TOOLS === "1";
