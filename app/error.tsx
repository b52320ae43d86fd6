"use client";

import { ErrorMessage, errorDigest } from "@/components/error-message";

/** A page failed: the generic message inside the tenant's shell. Details stay in the server log. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorMessage digest={errorDigest(error)} onRetry={retry} />;
}
