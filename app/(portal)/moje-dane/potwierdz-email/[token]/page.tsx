import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireCustomer } from "@/lib/auth/customer";
import { pendingEmail } from "@/lib/my-data/confirm-email";
import { ConfirmEmailForm } from "@/components/my-data/confirm-email-form";
import { confirmEmailAction } from "./confirm-action";

export const metadata: Metadata = { title: "Potwierdzenie adresu e-mail" };

/** Opening the link changes nothing: a link scanner must not confirm for the customer. */
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { scope } = await requireCustomer({ module: "my-data" });
  const { token } = await params;
  const email = await pendingEmail(scope, token);
  if (!email) notFound();
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Potwierdzenie adresu e-mail</h1>
      <ConfirmEmailForm action={confirmEmailAction} token={token} email={email} />
    </div>
  );
}
