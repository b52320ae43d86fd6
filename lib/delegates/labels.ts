import type { DelegateRole } from "@/db/schema";

/** The Polish names of delegate roles and states (Ustawienia → Pełnomocnicy, the e-mail, the console). */
export const DELEGATE_ROLE_LABELS: Record<DelegateRole, string> = { view: "Podgląd", payments: "Podgląd i płatności", full: "Pełny" };

export const DELEGATE_ROLE_HINTS: Record<DelegateRole, string> = {
  view: "dokumenty, płatności, umowy, punkty poboru i liczniki — bez zmian",
  payments: "podgląd oraz opłacanie faktur online",
  full: "podgląd, płatności, zgłoszenia, odczyty liczników i telefon kontaktowy; nigdy hasło, adres e-mail do logowania, pełnomocnicy ani zgody",
};

export type DelegateStatus = "invited" | "expired" | "active" | "revoked";

export const DELEGATE_STATUS_LABELS: Record<DelegateStatus, string> = {
  invited: "Zaproszony",
  expired: "Zaproszenie wygasło",
  active: "Aktywny",
  revoked: "Odwołany",
};

const actionLabels: Record<string, string> = {
  "delegate.accepted": "Przyjęcie pełnomocnictwa",
  "delegate.switched": "Przełączenie na działanie w Twoim imieniu",
  signout: "Wylogowanie",
  "payment.started": "Rozpoczęcie płatności online",
  "payment.cancelled": "Anulowanie płatności",
  "payment.resumed": "Wznowienie płatności",
  "reading.submitted": "Podanie odczytu licznika",
  "reading.corrected": "Poprawienie odczytu licznika",
  "reading.withdrawn": "Wycofanie odczytu licznika",
  "ticket.created": "Nowe zgłoszenie",
  "ticket.replied": "Odpowiedź w zgłoszeniu",
  "contact.changed": "Zmiana telefonu kontaktowego",
};

/** An audited action as the holder reads it; an action without a label shows its name. */
export const auditActionLabel = (action: string) => actionLabels[action] ?? action;
