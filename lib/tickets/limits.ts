/** Attachment limits of a ticket or a reply (issue 4 item 9, S18). */
export const MAX_FILES = 5;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** The whole multipart body: the files plus room for the text fields and the multipart framing. */
export const MAX_REQUEST_BYTES = MAX_FILES * MAX_FILE_BYTES + 1024 * 1024;
export const MAX_SUBJECT = 200;
export const MAX_BODY = 4000;
/** New tickets and replies per account per hour — enough for a person, not for a script. */
export const ticketRateRule = { name: "ticket-post", limit: 20, windowSeconds: 3600 };
