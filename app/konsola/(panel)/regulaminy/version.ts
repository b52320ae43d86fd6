import { notFound } from "next/navigation";
import { findRegulation } from "@/lib/regulations/publishing";
import { tenantInScope, type StaffScope } from "@/lib/staff/scope";

/**
 * The version pages' start: the version and its tenant, both in the admin's scope, or a 404 — also
 * for a published version where only a draft will do (editing, publishing).
 */
export async function versionInScope(scope: StaffScope, id: string, options: { draftOnly?: boolean } = {}) {
  const version = await findRegulation(scope, id);
  if (!version || (options.draftOnly && version.status !== "draft")) notFound();
  return { version, tenant: tenantInScope(scope, version.tenantId) };
}
