import { z } from "zod";
import { MAX_DOCUMENTS, type Selection } from "@/lib/payments/quote";

/**
 * "Przejdź do płatności": which documents (or the whole balance) and the amount the customer saw.
 * The amount is only compared with a fresh server-side quote, never used as the amount to pay.
 */
const ids = z
  .string()
  .max(20_000)
  .transform((value, ctx) => {
    try {
      const parsed = z
        .array(z.string().min(1).max(200))
        .max(MAX_DOCUMENTS)
        .safeParse(JSON.parse(value || "[]"));
      if (parsed.success) return parsed.data;
    } catch {
      // reported below
    }
    ctx.addIssue({ code: "custom", message: "Nieprawidłowa lista dokumentów. Wróć do listy i wybierz je ponownie." });
    return z.NEVER;
  });

export const payFormSchema = () =>
  z
    .object({
      scope: z.enum(["all", "documents"], { message: "Nieprawidłowy zakres płatności." }),
      documents: ids.default([]),
      confirmedAmount: z.coerce.number({ message: "Nieprawidłowa kwota." }).int("Nieprawidłowa kwota.").positive("Nieprawidłowa kwota."),
    })
    .transform((input) => ({
      selection: (input.scope === "all" ? { kind: "all" } : { kind: "documents", ids: input.documents }) as Selection,
      confirmedAmount: input.confirmedAmount,
    }));

/** ?dokument=A&dokument=B or ?wszystko=1 from the lists' links and the selection form. */
export function selectionFromSearchParams(params: Record<string, string | string[] | undefined>): Selection | null {
  if (params.wszystko === "1") return { kind: "all" };
  const raw = params.dokument;
  const list = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter((id) => id.length > 0 && id.length <= 200);
  return list.length > 0 ? { kind: "documents", ids: [...new Set(list)].slice(0, MAX_DOCUMENTS) } : null;
}
