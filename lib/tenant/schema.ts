import { z } from "zod";

/**
 * The typed shape of one seller ("tenant"). Every difference between sellers is a field here;
 * code elsewhere reads the field and never asks which tenant it is.
 */

const hexColour = z.string().regex(/^#[0-9a-f]{6}$/i, "colour must be #rrggbb");
const host = z
  .string()
  .regex(/^[a-z0-9.-]+$/, "host must be lower-case, without port or scheme")
  .refine((h) => !h.startsWith("www."), "list the host without www.");

const address = z.object({
  street: z.string().min(1),
  postalCode: z.string().regex(/^\d{2}-\d{3}$/),
  city: z.string().min(1),
});

/** The portal's modules. Each has a fixed route; the tenant chooses which, their order and labels. */
export const moduleIds = [
  "dashboard",
  "invoices",
  "payments",
  "contracts",
  "points",
  "meters",
  "readings",
  "my-data",
  "tickets",
  "documents",
  "settings",
] as const;
export type ModuleId = (typeof moduleIds)[number];

export const passwordPolicySchema = z
  .object({
    /** The length the seller's document states; the effective floor is max(this, 8). */
    documentedMinLength: z.number().int().min(1),
    maxLength: z.number().int().min(64),
    requireUpper: z.boolean(),
    requireLower: z.boolean(),
    requireDigit: z.boolean(),
    requireDigitOrSpecial: z.boolean(),
    /** The rule as the seller's document words it, shown next to the new-password field. */
    hint: z.string().min(1),
  })
  .strict();

/**
 * The accessibility statement at /deklaracja-dostepnosci (docs/portal.md §16), in the structure the
 * Polish law prescribes for it: dates, status, what is not accessible, how it was assessed, who to
 * contact, and the customer office's physical accessibility when the seller has one.
 */
const accessibilitySchema = z
  .object({
    /** "Data publikacji strony internetowej". */
    publishedOn: z.iso.date(),
    /** "Data ostatniej istotnej aktualizacji" of the site. */
    updatedOn: z.iso.date(),
    /** When the statement was prepared, and when it was last reviewed. */
    preparedOn: z.iso.date(),
    reviewedOn: z.iso.date(),
    /** Compliance with the act: full, partial (then the shortcomings say why) or none. */
    status: z.enum(["full", "partial", "none"]),
    /** "Treści niedostępne": each an honest sentence naming what and, where there is one, the alternative. */
    shortcomings: z.array(z.string().min(1)),
    /** How the site was assessed (self-assessment: the automated and manual checks made). */
    assessment: z.array(z.string().min(1)).min(1),
    contact: z.object({ name: z.string().min(1), email: z.email(), phone: z.string().min(1) }).strict(),
    /** "Dostępność architektoniczna": the customer office, when the seller has one customers may visit. */
    office: z
      .object({ address: z.string().min(1), description: z.array(z.string().min(1)).min(1) })
      .strict()
      .optional(),
    /** A line under the statement, e.g. that its data are demonstration values. */
    note: z.string().min(1).optional(),
  })
  .strict()
  .refine((a) => (a.status === "full") === (a.shortcomings.length === 0), "a site that is not fully compliant lists its shortcomings, a compliant one none")
  .refine((a) => a.preparedOn <= a.reviewedOn && a.publishedOn <= a.updatedOn, "dates out of order");

/** A set of texts the tenant file must give, each non-empty (the words its documents use). */
function wording<const K extends string>(keys: readonly K[]) {
  return z.object(Object.fromEntries(keys.map((key) => [key, z.string().min(1)])) as Record<K, z.ZodString>).strict();
}

export const tenantSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9]{1,19}$/),
    hosts: z
      .object({
        development: z.array(host).min(1),
        production: z.array(host),
      })
      .strict(),
    /** The seller's names; `portalHeading` heads the portal pages, e.g. "EBOK" in the Polenergia documents. */
    names: wording(["legal", "short", "product", "portalHeading"]),
    legal: z
      .object({
        nip: z.string().regex(/^\d{10}$/),
        regon: z
          .string()
          .regex(/^\d{9}(\d{5})?$/)
          .optional(),
        krs: z
          .string()
          .regex(/^\d{10}$/)
          .optional(),
        address,
        bankName: z.string().min(1),
        /** The seller's own account (IBAN without spaces); customers get individual sub-accounts. */
        bankAccount: z.string().regex(/^PL\d{26}$/),
        registryNote: z.string().optional(),
      })
      .strict(),
    brand: z
      .object({
        primary: hexColour,
        primaryContrast: hexColour,
        accent: hexColour,
        surface: hexColour,
        text: hexColour,
        danger: hexColour,
        success: hexColour,
        fontStack: z.string().min(1),
        /** An SVG wordmark of our own (no seller's trademark files are shipped). */
        wordmarkSvg: z.string().startsWith("<svg"),
        faviconSvg: z.string().startsWith("<svg"),
      })
      .strict(),
    contacts: z
      .object({
        phone: z.string().min(1),
        phoneNote: z.string().optional(),
        emailIndividual: z.email(),
        emailBusiness: z.email(),
        hours: z.string().optional(),
      })
      .strict(),
    /** How a customer signs in: a chosen login (else PESEL/NIP), or the customer number. */
    identifier: z.enum(["login-or-tax-id", "customer-number"]),
    /** Which registration flow the documents describe. */
    registration: z.discriminatedUnion("flow", [
      z.object({ flow: z.literal("contract"), minContractStatus: z.literal("signed_by_customer") }).strict(),
      z
        .object({
          flow: z.literal("customer-number"),
          /** Tenants of a housing cooperative prove identity with the last settlement's amount. */
          allowSettlementAmount: z.boolean(),
        })
        .strict(),
    ]),
    /** "Nie pamiętasz hasła?": a one-time password by e-mail (Polenergia) or a link to set a new one (MPEC). */
    recovery: z.enum(["one-time-password", "reset-link"]),
    passwordPolicy: passwordPolicySchema,
    captcha: z.boolean(),
    navigation: z
      .array(z.object({ module: z.enum(moduleIds), label: z.string().min(1) }).strict())
      .min(1)
      .refine((items) => new Set(items.map((i) => i.module)).size === items.length, "a module is listed twice"),
    /**
     * Modules reached from the signed-in header instead of the menu, beside "Zmień hasło" (MPEC's
     * menu keeps the names its document prescribes, yet its customers need "Moje dane").
     */
    headerLinks: z.array(z.object({ module: z.enum(moduleIds), label: z.string().min(1) }).strict()).default([]),
    ticketCategories: z.array(z.object({ id: z.string().regex(/^[a-z_]+$/), label: z.string().min(1), isComplaint: z.boolean() }).strict()).min(1),
    /** The first part of a ticket's human number, "ZG" → "ZG/2026/000123" (numbered per tenant and year). */
    ticketNumberPrefix: z.string().regex(/^[A-Z]{1,6}$/),
    /**
     * How the documents name a ticket: "zgłoszenie" (Polenergia) or "sprawa" (MPEC's "Lista spraw", document 004).
     * The e-mail about a received ticket declines the noun by it; the screens' words are ticketTexts.
     */
    ticketWording: z.enum(["zgloszenie", "sprawa"]).default("zgloszenie"),
    /** The words of the ticket screens and the dashboard tile; `module` is used when the menu has no tickets label. */
    ticketTexts: wording(["module", "newTicket", "list", "messages", "search", "one", "sent", "closedNote", "send", "empty", "typeColumn", "openTitle"]),
    /** The password-recovery page's words, which follow the recovery method (a one-time password or a link). */
    recoveryTexts: wording(["title", "intro", "loginHint", "button", "doneHeading", "doneText"]),
    /** The sign-in and registration screens' words; a tenant without a login reminder has no `forgotLoginLink`. */
    texts: wording(["signInTitle", "signInButton", "registerLink", "forgotPasswordLink", "registerTitle", "registerButton", "welcome"]).extend({
      forgotLoginLink: z.string().nullable(),
    }),
    regulation: z.object({ version: z.string().min(1), title: z.string().min(1), effectiveDate: z.iso.date(), markdown: z.string().min(1) }).strict(),
    privacyPolicy: z.object({ title: z.string().min(1), markdown: z.string().min(1) }).strict(),
    email: z.object({ from: z.string().min(3), replyTo: z.email().optional() }).strict(),
    accessibility: accessibilitySchema,
  })
  .strict();

export type TenantInput = z.input<typeof tenantSchema>;
export type Tenant = z.output<typeof tenantSchema>;
export type PasswordPolicy = Tenant["passwordPolicy"];

/** Typed identity helper for tenant files; validation happens once, in the registry. */
export function defineTenant(config: TenantInput): TenantInput {
  return config;
}
