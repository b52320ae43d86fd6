/**
 * The one text of a refused request (wrong origin, content type or size), whoever refuses it: the
 * request check of actions and routes (lib/request/rules.ts) and proxy.ts, for the malformed action
 * requests Next would otherwise answer with a 500 (lib/security/action-request.ts).
 */
export const REQUEST_REFUSED_TEXT = "Nie udało się wysłać formularza. Odśwież stronę i spróbuj ponownie.";
