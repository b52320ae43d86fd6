import { formatDateTime } from "@/lib/format";
import type { TicketThread } from "@/lib/tickets/queries";

const sizeLabel = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`;

/** The visible messages of a thread (internal notes never get here) with their attachments. */
export function MessageList({ ticketId, messages, officeName }: { ticketId: string; messages: TicketThread["messages"]; officeName: string }) {
  return (
    <ol className="grid gap-4" data-testid="ticket-messages">
      {messages.map((message) => {
        const fromOffice = message.author === "staff";
        return (
          <li
            key={message.id}
            className={`rounded-lg border p-4 sm:p-5 ${fromOffice ? "border-brand bg-surface" : "border-line bg-white"}`}
            data-testid="ticket-message"
          >
            <p className="text-sm text-ink-muted">
              <span className="font-semibold text-ink">{fromOffice ? officeName : "Ty"}</span> · {formatDateTime(message.createdAt)}
            </p>
            <p className="mt-2 break-words whitespace-pre-line">{message.body}</p>
            {message.attachments.length ? (
              <ul className="mt-3 grid gap-1" aria-label="Załączniki">
                {message.attachments.map((attachment) => (
                  <li key={attachment.id}>
                    <a
                      href={`/zgloszenia/${ticketId}/zalaczniki/${attachment.id}`}
                      download
                      className="break-all text-brand underline"
                      data-testid="attachment-link"
                    >
                      {attachment.fileName}
                    </a>{" "}
                    <span className="text-sm text-ink-muted">({sizeLabel(attachment.size)})</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
