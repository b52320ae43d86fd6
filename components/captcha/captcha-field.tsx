"use client";

import { useEffect, useRef, useState } from "react";
import type {} from "altcha/types/react";
import { ErrorText } from "@/components/forms/fields";
import { fieldError, type FormState } from "@/lib/actions/form-state";

type Widget = HTMLElement & { reset?: () => void };

/**
 * "Nie jestem robotem" (document 004) as a self-hosted ALTCHA proof of work. The widget posts its
 * payload in the hidden field "altcha"; the server verifies it once (lib/security/captcha.ts).
 * After each answer of the server the widget starts over, since a payload is accepted only once.
 * type="native": a real checkbox — the styled one lays its tick over the box and swallows clicks on it.
 */
export function CaptchaField({ state }: { state: FormState }) {
  const ref = useRef<Widget>(null);
  const [ready, setReady] = useState(false);
  const error = fieldError(state, "altcha");

  useEffect(() => {
    let cancelled = false;
    void import("./load-altcha")
      .then((m) => m.loadAltcha())
      .then(() => {
        if (!cancelled) setReady(true);
      });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    ref.current?.reset?.();
  }, [state]);

  return (
    <div className="mb-4" data-testid="captcha">
      {ready ? (
        <altcha-widget
          ref={ref}
          challenge="/api/captcha"
          name="altcha"
          language="pl"
          type="native"
          configuration={JSON.stringify({ hideFooter: true, hideLogo: true })}
          aria-describedby={error ? "altcha-error" : undefined}
        />
      ) : (
        // Reserves the widget's height; without JavaScript the page's <noscript> notice explains.
        <div className="h-6" aria-hidden="true" />
      )}
      <ErrorText name="altcha" error={error} />
    </div>
  );
}
