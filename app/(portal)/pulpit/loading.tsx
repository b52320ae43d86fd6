/** Shown while Pulpit gathers the balance, payments, consumption and tickets. */
export default function Loading() {
  return (
    <p role="status" className="text-ink-muted">
      Wczytywanie pulpitu…
    </p>
  );
}
