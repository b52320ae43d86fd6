import type { Metadata } from "next";
import type { ReactNode } from "react";
import { findTenant } from "@/lib/tenant/server";
import { SiteHeader } from "@/components/site-header";
import { SiteFooter } from "@/components/site-footer";
import { SkipLink } from "@/components/skip-link";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const tenant = await findTenant();
  // Every host links the icon (a neutral one without a tenant), so browsers never ask for /favicon.ico.
  const icons: Metadata["icons"] = { icon: [{ url: "/favicon.svg", type: "image/svg+xml" }] };
  if (!tenant) return { title: "mojBOK", icons };
  const full = `${tenant.names.product} — ${tenant.names.legal}`;
  return { title: { default: full, template: `%s · ${full}` }, icons };
}

/**
 * One document for every host. A tenant's host gets its brand stylesheet, header and footer; any
 * other host (the development index, an unknown host's 404) gets the neutral look and no tenant data.
 * Everything here is a server component: the shell sends no JavaScript of its own.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const tenant = await findTenant();
  return (
    <html lang="pl">
      <head>
        {/* The brand is chosen by the host at request time, so it cannot be a bundled CSS import. */}
        {/* eslint-disable-next-line @next/next/no-css-tags */}
        {tenant ? <link rel="stylesheet" href="/brand.css" /> : null}
      </head>
      <body className="flex min-h-dvh flex-col">
        <SkipLink />
        {tenant ? <SiteHeader tenant={tenant} /> : null}
        <main id="tresc" tabIndex={-1} className="flex flex-1 flex-col">
          {children}
        </main>
        {tenant ? <SiteFooter tenant={tenant} /> : null}
      </body>
    </html>
  );
}
