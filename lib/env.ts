import { z } from "zod";

/**
 * Every setting comes from the environment and is validated once, here. In production the app
 * refuses to start without the secrets it needs (S25).
 */
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
    IMPORT_MAX_BYTES: z.coerce.number().int().positive().default(512 * 1024 * 1024),
    PUBLIC_PORT: z.coerce.number().int().positive().optional(),
    /** How many proxies of ours append to X-Forwarded-For in front of the app (lib/security/client-ip.ts). */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(1),
    /** Przelewy24 API (https://secure.przelewy24.pl or https://sandbox.przelewy24.pl); unset outside production → the local sandbox. */
    P24_BASE_URL: z.string().url().optional(),
    /** 1: tenants without their own P24_<TENANT>_* credentials use the local sandbox's (e2e tests only). */
    P24_SANDBOX: z.enum(["0", "1"]).optional(),
    /** Port of `npm run gateway:sandbox` (default 3200). */
    GATEWAY_SANDBOX_PORT: z.coerce.number().int().positive().optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== "production") return;
    if (!env.AUTH_SECRET) ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "AUTH_SECRET (32+ characters) is required in production" });
    if (!env.TENANT_HOSTS) ctx.addIssue({ code: "custom", path: ["TENANT_HOSTS"], message: "TENANT_HOSTS is required in production" });
    // The sandbox's credentials are derivable from a tenant id: only an e2e build (DEV_TOOLS=1) may use it.
    if (env.P24_SANDBOX === "1" && env.DEV_TOOLS !== "1") {
      ctx.addIssue({ code: "custom", path: ["P24_SANDBOX"], message: "P24_SANDBOX=1 is for end-to-end tests only (with DEV_TOOLS=1); never on a public server" });
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
