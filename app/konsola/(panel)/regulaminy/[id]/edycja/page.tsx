import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditRegulationForm } from "@/components/console/regulations/regulation-form";
import { findRegulation } from "@/lib/staff/regulations";
import { tenantInScope } from "@/lib/staff/scope";
import { requireStaff } from "@/lib/staff/session";
import { updateRegulationAction } from "../../actions";

export const metadata: Metadata = { title: "Edycja szkicu regulaminu" };

/** Editing a draft; a published version is immutable, so its edit page does not exist. */
export default async function EditRegulationPage({ params }: { params: Promise<{ id: string }> }) {
  const scope = await requireStaff({ role: "admin" });
  const version = await findRegulation(scope, (await params).id);
  if (!version || version.status !== "draft") notFound();
  const tenant = tenantInScope(scope, version.tenantId);
  return (
    <>
      <p className="text-sm">
        <Link href={`/konsola/regulaminy/${version.id}`} className="font-medium underline underline-offset-2">
          ← Wersja {version.version}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">Edycja szkicu · {tenant.names.product}</h1>
      <div className="mt-6 max-w-3xl rounded-lg border border-line bg-white p-5 shadow-sm sm:p-7">
        <EditRegulationForm action={updateRegulationAction} draft={{ id: version.id, version: version.version, title: version.title, markdown: version.markdown, effectiveDate: version.effectiveDate }} />
      </div>
    </>
  );
}
