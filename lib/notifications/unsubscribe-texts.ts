/** Texts of the unsubscribe page, shared by the page and its action. */
export const INVALID_UNSUBSCRIBE_LINK = "Ten link do wypisania się jest nieprawidłowy. Powiadomienia możesz zmienić po zalogowaniu, w Ustawieniach.";
