import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { tenantById } from "@/lib/tenant/registry";
import type { Tenant } from "@/lib/tenant/schema";
import { formDataToObject, issuesToFieldErrors } from "@/lib/actions/form-data";
import { signInSchema } from "@/lib/accounts/schemas/sign-in";
import { passwordChangeSchema } from "@/lib/accounts/schemas/password-change";
import { loginReminderSchema, passwordRecoverySchema, resetPasswordSchema } from "@/lib/accounts/schemas/recovery";
import { contractRegistrationSchema, customerNumberRegistrationSchema, initialPasswordSchema } from "@/lib/accounts/schemas/registration";
import { forcedChangeSchema } from "@/lib/accounts/forced-change";
import { contactSchema } from "@/lib/my-data/contact-schema";
import { consentSchema } from "@/lib/my-data/consents";
import { payFormSchema } from "@/lib/payments/pay-form";
import { readingFormSchema } from "@/lib/meters/reading-form";
import { newImportKeySchema } from "@/lib/staff/import-keys-admin";
import { editRegulationSchema, newRegulationSchema } from "@/lib/regulations/publishing";
import { staffAccessSchema, staffInputSchema } from "@/lib/staff/staff-admin";
import { auditFilterSchema } from "@/lib/staff/audit-view";
import { anyText, formFields, fuzzParams, isPolishMessage } from "@/tests/helpers/fuzz";

/**
 * Every form's schema, fed what a hand-made POST can carry, the way the action wrappers feed it
 * (FormData → formDataToObject → safeParse → issuesToFieldErrors): parsing never throws, and every
 * message a person would see is Polish.
 */

const tenantIds = ["polo", "polsp", "mpec"] as const;
const tenant = (id: string) => tenantById(id)!;

const schemas: [string, (tenant: Tenant) => z.ZodType][] = [
  ["sign-in", () => signInSchema()],
  ["password change", passwordChangeSchema],
  ["password recovery", passwordRecoverySchema],
  ["login reminder", loginReminderSchema],
  ["reset by link", resetPasswordSchema],
  ["registration by contract", (t) => contractRegistrationSchema(t)],
  ["registration by customer number", customerNumberRegistrationSchema],
  ["initial password", (t) => initialPasswordSchema(t)],
  ["forced change", forcedChangeSchema],
  ["my data: contact", () => contactSchema()],
  ["my data: consents", () => consentSchema()],
  ["payments: pay form", () => payFormSchema()],
  ["meters: reading", () => readingFormSchema()],
  ["console: new import key", () => newImportKeySchema],
  ["console: new regulation", () => newRegulationSchema],
  ["console: edit regulation", () => editRegulationSchema],
  ["console: new staff", () => staffInputSchema],
  ["console: staff access", () => staffAccessSchema],
  ["console: audit filters", () => auditFilterSchema],
];

function toFormData(fields: [string, string][]): FormData {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  return form;
}

function messagesOf(schema: z.ZodType, raw: Record<string, string>): string[] {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return [];
  return Object.values(issuesToFieldErrors(parsed.error)).flat();
}

describe("fuzz: form schemas", () => {
  for (const [name, make] of schemas) {
    it(`${name}: never throws, every error is Polish`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...tenantIds), formFields, (id, fields) => {
          const messages = messagesOf(make(tenant(id)), formDataToObject(toFormData(fields)));
          for (const message of messages) expect(isPolishMessage(message), `not Polish: ${JSON.stringify(message)}`).toBe(true);
        }),
        fuzzParams(25),
      );
    });
  }

  it("schemas given values that are not strings (a hand-made object) report in Polish too", () => {
    const value = fc.oneof(
      anyText,
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(anyText, { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 5 }), anyText, { maxKeys: 3 }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...schemas),
        fc.constantFrom(...tenantIds),
        fc.dictionary(fc.string({ maxLength: 20 }), value, { maxKeys: 10 }),
        ([, make], id, raw) => {
          const parsed = make(tenant(id)).safeParse(raw);
          if (parsed.success) return;
          for (const message of Object.values(issuesToFieldErrors(parsed.error)).flat())
            expect(isPolishMessage(message), `not Polish: ${JSON.stringify(message)}`).toBe(true);
        },
      ),
      fuzzParams(50),
    );
  });

  it("formDataToObject: whatever a request decodes to, it returns strings and never throws", () => {
    const decoded = fc.oneof(fc.anything(), fc.constant(undefined), fc.constant(new Map([[1, 2]])), formFields.map(toFormData));
    fc.assert(
      fc.property(decoded, (value) => {
        const raw = formDataToObject(value);
        for (const [key, text] of Object.entries(raw)) {
          expect(typeof text).toBe("string");
          expect(key.startsWith("$ACTION")).toBe(false);
          expect(text.includes("\u0000"), "U+0000 reaches no query").toBe(false);
        }
        if (!(value instanceof FormData)) expect(raw).toEqual({});
      }),
      fuzzParams(50),
    );
  });
});
