"use client";

import { useEffect } from "react";

/**
 * After the server action's redirect (a client-side navigation with JavaScript) the page's
 * <meta http-equiv="refresh"> is not followed; this sends the browser on. Without JavaScript the
 * meta refresh does it. A redirect straight from the action would break the form-action CSP.
 */
export function GoToGateway({ href }: { href: string }) {
  useEffect(() => {
    window.location.assign(href);
  }, [href]);
  return null;
}
