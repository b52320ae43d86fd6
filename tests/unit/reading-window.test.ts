import { describe, expect, it } from "vitest";
import { inReadingWindow, nextWindowOpening, windowClosedMessage, windowClosesOn, windowOpenedOn } from "@/lib/meters/reading-window";
import { cases } from "@/tests/helpers/cases";

describe("reading window (docs/portal.md §14)", () => {
  it.each(cases({ "2026-12-09": false, "2026-12-10": true, "2026-12-15": true, "2026-12-16": false }))("10–15: %s open → %s", (date, open) => {
    expect(inReadingWindow({ from: 10, to: 15 }, date)).toBe(open);
  });

  it.each(cases({ "2026-12-24": false, "2026-12-25": true, "2026-12-31": true, "2027-01-01": true, "2027-01-05": true, "2027-01-06": false }))(
    "25–5 wraps over the month's end: %s open → %s",
    (date, open) => {
      expect(inReadingWindow({ from: 25, to: 5 }, date)).toBe(open);
    },
  );

  it.each(cases({ "2027-02-27": false, "2027-02-28": true, "2028-02-28": false, "2028-02-29": true, "2027-04-30": true, "2027-05-29": false }))(
    "a day past the month's end means its last day (30–31): %s open → %s",
    (date, open) => {
      expect(inReadingWindow({ from: 30, to: 31 }, date)).toBe(open);
    },
  );

  it.each(cases({ "2026-12-06": "2026-12-25", "2026-12-25": "2026-12-25", "2027-01-06": "2027-01-25", "2027-02-26": "2027-02-28" }))(
    "the window 25–5 (or 28–31 in February) opens next on or after %s: %s",
    (date, opening) => {
      expect(nextWindowOpening(date.startsWith("2027-02") ? { from: 28, to: 31 } : { from: 25, to: 5 }, date)).toBe(opening);
    },
  );

  it("says in Polish when the form opens", () => {
    expect(windowClosedMessage({ from: 25, to: 5 }, "2026-12-06")).toBe(
      "Odczyt tego punktu można podać od 25. do 5. dnia miesiąca. Formularz zostanie otwarty 25.12.2026.",
    );
  });

  // A reading reminder is keyed by the first day of the opening (docs/email.md §7).
  it.each(
    cases({
      "2026-12-09": null,
      "2026-12-10": "2026-12-10",
      "2026-12-15": "2026-12-10",
      "2026-12-16": null,
    }),
  )("10–15 on %s opened on %s", (date, opened) => {
    expect(windowOpenedOn({ from: 10, to: 15 }, date)).toBe(opened);
  });

  it.each(cases({ "2026-12-24": null, "2026-12-25": "2026-12-25", "2027-01-03": "2026-12-25", "2027-01-06": null }))(
    "25–5 on %s opened on %s",
    (date, opened) => {
      expect(windowOpenedOn({ from: 25, to: 5 }, date)).toBe(opened);
    },
  );

  it.each(cases({ "2027-02-28": "2027-02-28", "2027-03-01": null, "2027-03-31": "2027-03-30", "2026-12-01": "2026-12-01" }))(
    "month ends and a window open all month: %s opened on %s",
    (date, opened) => {
      expect(windowOpenedOn(date === "2026-12-01" ? { from: 1, to: 31 } : { from: 30, to: 31 }, date)).toBe(opened);
    },
  );

  it.each(cases({ "2026-12-10": "2026-12-15", "2026-12-15": "2026-12-15", "2026-12-27": "2027-01-05" }))("the opening %s closes on %s", (date, closes) => {
    expect(windowClosesOn(date === "2026-12-27" ? { from: 25, to: 5 } : { from: 10, to: 15 }, date)).toBe(closes);
  });
});
