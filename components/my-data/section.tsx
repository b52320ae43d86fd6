import type { ReactNode } from "react";
import { CardSection } from "@/components/card-section";

/** One card of "Moje dane", labelled by its heading. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <CardSection id={id} title={title} className="shadow-xs sm:p-8" headingClassName="mb-4 text-xl font-semibold text-ink">
      {children}
    </CardSection>
  );
}
