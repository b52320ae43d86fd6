"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { z } from "zod";
import type { FormState } from "@/lib/actions/form-state";
import { staffAction } from "@/lib/staff/action";
import { addInternalNote, changeTicketStatus, type StaffTicketResult } from "@/lib/staff/ticket-replies";

/** The thread's two text-only forms; thin wrappers around lib/staff/ticket-replies.ts. */

const ticketField = z.string().max(100);

function toState(result: StaffTicketResult, ticketId: string, message: string): FormState {
  if (!result.ok) {
    if (result.notFound) notFound();
    return { status: "error", fieldErrors: result.fieldErrors };
  }
  revalidatePath(`/konsola/zgloszenia/${ticketId}`);
  return { status: "success", message };
}

export const addNoteAction = staffAction(
  z.object({ zgloszenie: ticketField, notatka: z.string().max(20_000, "Notatka jest za długa.") }),
  async (input, scope) => toState(await addInternalNote(scope, input.zgloszenie, input.notatka), input.zgloszenie, "Notatka została dodana."),
);

export const changeStatusAction = staffAction(z.object({ zgloszenie: ticketField, status: z.string().max(40) }), async (input, scope) =>
  toState(await changeTicketStatus(scope, input.zgloszenie, input.status), input.zgloszenie, "Status został zmieniony."),
);
