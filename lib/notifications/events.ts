/**
 * The events a customer is told about by e-mail, in the order "Ustawienia → Powiadomienia" lists them
 * (docs/portal.md §13). Read by the client form too, so nothing here imports server code.
 * `alwaysOn`: the law requires the message (a change of the regulation), so it cannot be turned off.
 * `modules`: the row is shown only where the tenant offers one of them (readings: "Odczyty" or "Liczniki").
 */
export const notificationEvents = [
  { event: "new_document", label: "Nowa faktura lub dokument" },
  { event: "payment_due", label: "Zbliża się termin płatności (3 dni przed)" },
  { event: "payment_overdue", label: "Minął termin płatności" },
  { event: "payment_booked", label: "Wpłata została zaksięgowana" },
  { event: "ticket_answered", label: "Odpowiedź w zgłoszeniu" },
  { event: "regulation_change", label: "Zmiana regulaminu", alwaysOn: true },
  { event: "readings_due", label: "Termin podania odczytu licznika", modules: ["readings", "meters"] },
] as const satisfies readonly { event: string; label: string; alwaysOn?: true; modules?: readonly ("readings" | "meters")[] }[];

export type NotificationEvent = (typeof notificationEvents)[number]["event"];

/** Why the regulation row cannot be unticked, shown under it. */
export const ALWAYS_ON_NOTE = "Tej wiadomości nie można wyłączyć: o zmianie regulaminu musimy poinformować każdego użytkownika serwisu.";

export const isNotificationEvent = (value: string): value is NotificationEvent => notificationEvents.some((e) => e.event === value);

export const isAlwaysOn = (event: NotificationEvent) => notificationEvents.some((e) => e.event === event && "alwaysOn" in e);

/** The label of an event ("Minął termin płatności"). */
export const eventLabel = (event: NotificationEvent) => notificationEvents.find((e) => e.event === event)!.label;
