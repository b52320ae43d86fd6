import { CardSection } from "@/components/card-section";

/** "Skąd ta kwota?" (docs/portal.md §15): the document explained in a few plain sentences, one paragraph each. */
export function DocumentExplanation({ paragraphs }: { paragraphs: string[] }) {
  if (paragraphs.length === 0) return null;
  return (
    <CardSection id="explanation-title" title="Skąd ta kwota?" testId="document-explanation">
      <div className="mt-3 grid max-w-prose gap-2 leading-relaxed break-words">
        {paragraphs.map((text, i) => (
          <p key={i}>{text}</p>
        ))}
      </div>
    </CardSection>
  );
}
