import { formatDate } from "@/lib/format";
import { currentConsents, type ConsentEntry } from "@/lib/my-data/consents";
import { customerConsents } from "@/lib/my-data/consent-kinds";
import type { FormAction } from "@/lib/actions/form-state";
import { ConsentsForm } from "./consents-form";
import { Section } from "./section";

/** "Zgody": the checkboxes and, under them, the history of each consent. */
export function ConsentsSection({ history, saveConsents }: { history: ConsentEntry[]; saveConsents: FormAction }) {
  return (
    <Section id="consents-title" title="Zgody">
      <ConsentsForm action={saveConsents} current={currentConsents(history)} />
      <h3 className="mt-6 mb-2 text-lg font-semibold text-ink">Historia zgód</h3>
      {customerConsents.map((c) => {
        const entries = history.filter((e) => e.kind === c.kind);
        return (
          <div key={c.kind} className="mb-4">
            <h4 className="text-sm font-semibold text-ink">{c.label}</h4>
            {entries.length === 0 ? (
              <p className="text-sm text-ink-muted">Brak zmian tej zgody.</p>
            ) : (
              <ul className="mt-1 space-y-1 text-sm">
                {entries.map((e, i) => (
                  <li key={i}>
                    {formatDate(e.at)} — <span className={e.granted ? "text-success" : "text-danger"}>{e.granted ? "zgoda udzielona" : "zgoda wycofana"}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </Section>
  );
}
