import { formatDateTime } from "@/lib/format";
import type { StaffThread } from "@/lib/staff/tickets";
import { AttachmentList } from "@/components/tickets/attachment-list";

type Message = StaffThread["messages"][number];
type Attachment = Message["attachments"][number];

function Attachments({ ticketId, files }: { ticketId: string; files: Attachment[] }) {
  const href = (id: string) => `/konsola/zgloszenia/${ticketId}/zalaczniki/${id}`;
  return <AttachmentList files={files} href={href} linkClass="font-medium underline underline-offset-2" testId="console-attachment-link" />;
}

function heading(message: Message) {
  if (message.author === "customer") return "Klient";
  const who = message.staffEmail ?? "pracownik";
  return message.internal ? `Notatka · ${who}` : `Odpowiedź biura · ${who}`;
}

/**
 * The whole thread for the office. Internal notes are set apart in shape, colour and words ("Notatka
 * wewnętrzna — niewidoczna dla klienta"); replies say whether the customer has read them.
 */
export function ConsoleThread({ thread }: { thread: StaffThread }) {
  const { ticket, messages, looseAttachments } = thread;
  return (
    <>
      <ol className="grid gap-4" data-testid="console-thread">
        {messages.map((message) => {
          const tone = message.internal
            ? "border-2 border-dashed border-amber-600 bg-amber-50"
            : message.author === "staff"
              ? "border-ink/40 bg-white sm:ml-8"
              : "border-line bg-white sm:mr-8";
          return (
            <li key={message.id} className={`rounded-lg border p-4 sm:p-5 ${tone}`} data-testid={message.internal ? "internal-note" : "thread-message"}>
              {message.internal ? (
                <p className="mb-2 inline-block rounded bg-amber-100 px-2 py-0.5 text-sm font-bold text-amber-950">
                  Notatka wewnętrzna — niewidoczna dla klienta
                </p>
              ) : null}
              <p className="text-sm text-ink-muted">
                <span className="font-semibold break-all text-ink">{heading(message)}</span> · {formatDateTime(message.createdAt)}
              </p>
              <p className="mt-2 break-words whitespace-pre-line">{message.body}</p>
              <Attachments ticketId={ticket.id} files={message.attachments} />
              {message.author === "staff" && !message.internal ? (
                <p className="mt-2 text-sm text-ink-muted" data-testid="read-state">
                  {message.readAt ? `Przeczytana przez klienta ${formatDateTime(message.readAt)}` : "Klient jeszcze jej nie przeczytał."}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      {looseAttachments.length ? (
        <div className="mt-4 rounded-lg border border-line bg-white p-4">
          <h3 className="font-semibold">Inne załączniki</h3>
          <Attachments ticketId={ticket.id} files={looseAttachments} />
        </div>
      ) : null}
    </>
  );
}
