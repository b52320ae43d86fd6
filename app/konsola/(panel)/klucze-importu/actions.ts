"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { adminAction } from "@/lib/staff/action";
import { refused } from "@/lib/staff/refused";
import { createScopedImportKey, newImportKeySchema, revokeScopedImportKey } from "@/lib/staff/import-keys-admin";
import { shownOnce, type SecretFormState } from "@/components/console/secret-box";
import { scopeLabels } from "@/lib/import-key-scope";

/** "Klucze importu": create (the key shown once) and revoke; the work is in lib/staff/import-keys-admin.ts. */

export const createImportKeyAction = adminAction(newImportKeySchema, async (input, scope): Promise<SecretFormState> => {
  const result = await createScopedImportKey(scope, input);
  if (!result.ok) return refused(result);
  revalidatePath("/konsola/klucze-importu");
  return shownOnce(`Utworzono klucz importu „${input.label}” dla ${result.tenant.names.product} (zakres: ${scopeLabels[input.scope].toLowerCase()}).`, {
    label: "Klucz importu",
    value: result.key,
    note: "Zapisz go teraz w konfiguracji systemu CRM (nagłówek Authorization: Bearer …). Nie pokażemy go ponownie — przechowujemy tylko jego skrót. Jeśli go zgubisz, utwórz nowy klucz i unieważnij ten.",
  });
});

export const revokeImportKeyAction = adminAction(z.object({ id: z.string().trim().max(100) }), async (input, scope) => {
  const result = await revokeScopedImportKey(scope, input.id);
  if (!result.ok) return refused(result);
  redirect("/konsola/klucze-importu?uniewazniono=1");
});
