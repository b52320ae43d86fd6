import { formatDateTime } from "@/lib/format";
import type { TicketThread } from "@/lib/tickets/queries";
import { AttachmentList } from "@/components/tickets/attachment-list";

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
            <AttachmentList
              files={message.attachments}
              href={(id) => `/zgloszenia/${ticketId}/zalaczniki/${id}`}
              linkClass="text-brand underline"
              testId="attachment-link"
            />
          </li>
        );
      })}
    </ol>
  );
}
