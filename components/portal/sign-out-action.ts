"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { signOut } from "@/lib/auth/nextauth";
import { publicAction } from "@/lib/actions/action";
import { findCustomer, findSignedIn } from "@/lib/auth/customer";
import { signOutSession } from "@/lib/accounts/sign-out";

/**
 * "Wyloguj": a POST from our own page (the wrapper checks the Origin, S16). It needs no live session
 * and passes no gate, so it works from "Wymagana zmiana hasła" and the regulation page too; the
 * database row is revoked first (S11), then the cookie cleared.
 */
export const signOutAction = publicAction(
  () => z.object({}),
  async (_input, ctx) => {
    const customer = await findCustomer();
    const signedIn = customer ? null : await findSignedIn();
    if (customer) await signOutSession(customer.scope, customer.session.id, ctx.request);
    else if (signedIn) await signOutSession({ db: signedIn.db, tenant: signedIn.tenant, accountId: signedIn.account.id }, signedIn.session.id, ctx.request);
    await signOut({ redirect: false });
    redirect("/?wylogowano=1");
  },
);
