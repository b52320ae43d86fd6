import type { ReactNode } from "react";

export type Fact = [term: string, value: ReactNode];

/**
 * Facts as a definition list (a document's data, a point of delivery, the customer's data): term in
 * the muted small type, value beside it from the small breakpoint. The list's grid and the value's
 * wrapping are the caller's, as each card lays them out to its width.
 */
export function Facts({ facts, className, valueClassName, testId }: { facts: Fact[]; className: string; valueClassName: string; testId?: string }) {
  return (
    <dl className={className} data-testid={testId}>
      {facts.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-sm text-ink-muted">{term}</dt>
          <dd className={valueClassName}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
