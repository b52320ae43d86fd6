"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { adminAction } from "@/lib/staff/action";
import { refused } from "@/lib/staff/refused";
import { createRegulationDraft, editRegulationSchema, newRegulationSchema, publishRegulation, updateRegulationDraft } from "@/lib/regulations/publishing";

/** "Nowa wersja", editing a draft and "Opublikuj"; the work and the scope checks are in lib/regulations/publishing.ts. */

export const createRegulationAction = adminAction(newRegulationSchema, async (input, scope) => {
  const result = await createRegulationDraft(scope, input);
  if (!result.ok) return refused(result);
  redirect(`/konsola/regulaminy/${result.id}?zapisano=1`);
});

export const updateRegulationAction = adminAction(editRegulationSchema, async (input, scope) => {
  const result = await updateRegulationDraft(scope, input);
  if (!result.ok) return refused(result);
  redirect(`/konsola/regulaminy/${result.id}?zapisano=1`);
});

export const publishRegulationAction = adminAction(z.object({ id: z.string().trim().max(100) }), async (input, scope) => {
  const result = await publishRegulation(scope, input.id);
  if (!result.ok) return refused(result);
  redirect(`/konsola/regulaminy/${input.id}?opublikowano=${result.notified}`);
});
