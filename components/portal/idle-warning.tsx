"use client";

import { usePathname, useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { polishNbsp } from "@/components/typography";

const SIGNED_OUT_URL = "/?wylogowano=bezczynnosc";

/**
 * A minute before the server's idle limit, counted from the last page the server rendered, a dialog
 * offers to stay signed in; at the limit the browser goes to the sign-in page. Only a courtesy: the
 * server ends idle sessions by itself (S10). A new page restarts the count (keyed by the path).
 */
export function IdleWarning({ idleSeconds, warnSeconds }: { idleSeconds: number; warnSeconds: number }) {
  const pathname = usePathname();
  return <IdleTimer key={pathname} idleSeconds={idleSeconds} warnSeconds={warnSeconds} />;
}

function IdleTimer({ idleSeconds, warnSeconds }: { idleSeconds: number; warnSeconds: number }) {
  const [deadline, setDeadline] = useState(() => Date.now() + idleSeconds * 1000);
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const leaving = useRef(false);

  useEffect(() => {
    const tick = () => {
      const left = deadline - Date.now();
      if (left > 0) setOpen(left <= warnSeconds * 1000);
      else if (!leaving.current) {
        leaving.current = true;
        router.replace(SIGNED_OUT_URL);
      }
    };
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [deadline, warnSeconds, router]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const stay = useCallback(async () => {
    const response = await fetch("/api/session", { method: "POST", cache: "no-store" }).catch(() => null);
    if (!response?.ok) {
      router.replace(SIGNED_OUT_URL);
      return;
    }
    setDeadline(Date.now() + idleSeconds * 1000);
    setOpen(false);
  }, [idleSeconds, router]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="idle-title"
      aria-describedby="idle-text"
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-line bg-white p-6 text-ink shadow-lg backdrop:bg-black/50"
      data-testid="idle-warning"
      onCancel={(event) => {
        event.preventDefault();
        void stay();
      }}
    >
      <h2 id="idle-title" className="text-lg font-semibold">
        Sesja wkrótce wygaśnie
      </h2>
      <p id="idle-text" className="mt-3 leading-relaxed">
        {polishNbsp("Za minutę nastąpi automatyczne wylogowanie z powodu braku aktywności.")}
      </p>
      <div className="mt-5 flex justify-end">
        <button
          type="button"
          autoFocus
          onClick={() => void stay()}
          className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand px-5 py-2.5 font-semibold text-brand-contrast hover:opacity-90"
        >
          Pozostań zalogowany
        </button>
      </div>
    </dialog>
  );
}
