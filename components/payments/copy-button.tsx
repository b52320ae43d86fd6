"use client";

import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * "Kopiuj" next to a number the customer types into a banking app. It appears only where the
 * Clipboard API is there (with JavaScript, on a secure page); without it the number itself is
 * selectable text. The result is announced through an aria-live region that is always in the page.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const canCopy = useSyncExternalStore(
    noSubscription,
    () => typeof navigator !== "undefined" && !!navigator.clipboard,
    () => false,
  );
  const [status, setStatus] = useState("");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("Skopiowano");
    } catch {
      setStatus("Nie udało się skopiować — zaznacz numer i skopiuj go ręcznie");
    }
  };
  return (
    <>
      {canCopy ? (
        <button
          type="button"
          onClick={copy}
          className="inline-flex min-h-11 items-center rounded-md border border-brand px-4 py-2 font-semibold text-brand hover:bg-surface"
          data-testid="copy-account"
        >
          Kopiuj<span className="sr-only"> {label}</span>
        </button>
      ) : null}
      <span aria-live="polite" className="text-sm font-medium text-success" data-testid="copy-status">
        {status}
      </span>
    </>
  );
}
