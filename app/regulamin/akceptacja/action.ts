"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { customerAction } from "@/lib/actions/action";
import { checkAccepted, report, text, type Issue } from "@/lib/accounts/schemas/fields";
import { homeRoute } from "@/lib/portal/modules";
import { afterSignInPath, NEXT_PARAM } from "@/lib/auth/next-path";
import { acceptShownRegulation } from "@/lib/regulations/acceptance";
import { ROLES } from "@/lib/auth/customer-scope";

const ACCEPT_LABEL = "Akceptuję regulamin";

const acceptSchema = () =>
  z.object({ accept: text(), versionId: text() }).superRefine((input, ctx) => {
    const issues: Issue[] = [];
    checkAccepted(input.accept, issues, ACCEPT_LABEL, "accept");
    report(ctx, issues);
  });

/** "Akceptuję" on the regulation gate. */
export const acceptRegulationAction = customerAction(
  acceptSchema,
  async (input, ctx, raw) => {
    const result = await acceptShownRegulation(ctx.scope.db, ctx.scope.tenant, ctx.account, input.versionId, ctx.request);
    if (!result.ok) return { status: "error", formError: result.message, values: {} };
    // Then the page asked for before the gate, if it is one of this host (lib/auth/next-path.ts).
    redirect(afterSignInPath(raw[NEXT_PARAM], homeRoute(ctx.scope.tenant)));
  },
  { allow: "regulation", roles: ROLES.view },
);
