import { notFound, redirect } from "next/navigation";
import { allTenants, primaryHost, tenantById } from "@/lib/tenant/registry";
import { getHostTarget, requestHost } from "@/lib/tenant/server";
import { TenantIndex } from "@/components/home/tenant-index";
import { SignInScreen, signedOutNotice } from "@/components/auth/sign-in-screen";
import { rememberedLogin } from "@/components/auth/remembered-login";
import { findSignedIn } from "@/lib/auth/customer";
import { homeRoute } from "@/lib/portal/modules";
import { NEXT_PARAM, safeNextPath } from "@/lib/auth/next-path";

/** "localhost:3100" → ":3100"; no port → "". */
function portSuffix(host: string | null): string {
  const port = /^(?:\[[^\]]*\]|[^:]*):(\d{1,5})$/.exec(host?.split(",")[0]?.trim() ?? "")?.[1];
  return port ? `:${port}` : "";
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HomePage({ searchParams }: Props) {
  const target = await getHostTarget();
  if (!target) notFound();
  // The back office lives under /konsola on its own host.
  if (target.kind === "admin") redirect("/konsola");

  if (target.kind === "index") {
    const port = portSuffix(await requestHost());
    const tenants = allTenants().map((t) => ({ id: t.id, product: t.names.product, legal: t.names.legal, url: `http://${primaryHost(t)}${port}/` }));
    return <TenantIndex tenants={tenants} />;
  }

  const tenant = tenantById(target.tenantId);
  if (!tenant) notFound();
  const params = await searchParams;
  // The page a signed-out visitor asked for (requireCustomer's ?next=), kept only when it is a path of this host.
  const next = safeNextPath(params[NEXT_PARAM]);
  // A tenant's host opens on the sign-in screen; a signed-in customer goes straight to the portal.
  if (await findSignedIn()) redirect(next ?? homeRoute(tenant));
  const reason = params.wylogowano;
  const notice = signedOutNotice(typeof reason === "string" ? reason : undefined);
  return <SignInScreen tenant={tenant} notice={notice} rememberedLogin={await rememberedLogin()} next={next} />;
}
