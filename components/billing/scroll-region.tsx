import type { ReactNode } from "react";

/**
 * A wide table scrolls sideways inside its own focusable region at phone width, so the page itself
 * never scrolls horizontally and keyboard users can scroll it too. `relative` keeps the sr-only
 * texts (absolutely positioned) inside the scrolling box instead of widening the page.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="relative mt-4 overflow-x-auto rounded-lg border border-line bg-white shadow-xs focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand"
    >
      {children}
    </div>
  );
}

export const thClass = "px-3 py-3 text-left align-bottom text-sm font-semibold";
export const tdClass = "px-3 py-3 align-top";
