"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

/**
 * Reloads a page while it waits for something (the payment's status). Without JavaScript the
 * <noscript> meta refresh does it; with JavaScript the router refreshes the server components, and
 * stops as soon as the page no longer renders this (a meta refresh, once parsed, could not be stopped).
 */
export function AutoRefresh({ seconds }: { seconds: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return (
    <noscript>
      <meta httpEquiv="refresh" content={String(seconds)} />
    </noscript>
  );
}
