/** "Skąd ta kwota?" (docs/portal.md §15): the document explained in a few plain sentences, one paragraph each. */
export function DocumentExplanation({ paragraphs }: { paragraphs: string[] }) {
  if (paragraphs.length === 0) return null;
  return (
    <section
      className="mt-6 rounded-lg border border-line bg-white p-5 shadow-xs sm:p-6"
      aria-labelledby="explanation-title"
      data-testid="document-explanation"
    >
      <h2 id="explanation-title" className="text-lg font-semibold">
        Skąd ta kwota?
      </h2>
      <div className="mt-3 grid max-w-prose gap-2 leading-relaxed break-words">
        {paragraphs.map((text, i) => (
          <p key={i}>{text}</p>
        ))}
      </div>
    </section>
  );
}
