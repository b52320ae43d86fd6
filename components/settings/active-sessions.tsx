import { CardTableHead, cardTableClass, TableFrame, tdClass } from "@/components/billing/card-table";
import { EndSessionForm } from "@/components/settings/end-session-form";
import { formatDateTime } from "@/lib/format";
import type { FormAction } from "@/lib/actions/form-state";
import type { ActiveSession } from "@/lib/devices/active-sessions";

const columns = [{ title: "Urządzenie" }, { title: "Adres IP" }, { title: "Zalogowano" }, { title: "Ostatnia aktywność" }, { title: "Akcja" }] as const;

/**
 * "Aktywne sesje" (docs/accounts.md §16): every live session of the account, this one first and
 * marked "to urządzenie"; each other one can be ended, or all of them at once. One table that is a
 * stack of cards on a phone (docs/decisions/0013-lists-as-cards.md).
 */
export function ActiveSessions({ sessions, endSession, endOthers }: { sessions: ActiveSession[]; endSession: FormAction; endOthers: FormAction }) {
  const others = sessions.filter((s) => !s.current).length;
  return (
    <>
      <TableFrame>
        <table className={cardTableClass} data-testid="sessions">
          <caption className="sr-only">Aktywne sesje, od bieżącej</caption>
          <CardTableHead columns={columns} />
          <tbody>
            {sessions.map((s) => (
              <tr key={s.ref} className="border-b border-line last:border-b-0" data-testid="session-row">
                <td className={tdClass} data-label="Urządzenie">
                  <span>
                    <span className="font-semibold">{s.device}</span>
                    {s.current ? (
                      <span
                        className="ml-2 inline-block rounded-full bg-brand px-2 py-0.5 text-sm font-semibold text-brand-contrast"
                        data-testid="current-session"
                      >
                        to urządzenie
                      </span>
                    ) : null}
                  </span>
                </td>
                <td className={`${tdClass} whitespace-nowrap`} data-label="Adres IP">
                  <span>{s.ip ?? "nieznany"}</span>
                </td>
                <td className={`${tdClass} whitespace-nowrap`} data-label="Zalogowano">
                  <span>{formatDateTime(s.signedInAt)}</span>
                </td>
                <td className={`${tdClass} whitespace-nowrap`} data-label="Ostatnia aktywność">
                  <span>{formatDateTime(s.lastActiveAt)}</span>
                </td>
                <td className={tdClass}>
                  {s.current ? (
                    <span className="text-sm text-ink-muted">bieżąca sesja</span>
                  ) : (
                    <EndSessionForm
                      action={endSession}
                      session={s.ref}
                      variant="row"
                      label={`Zakończ sesję: ${s.device}, zalogowano ${formatDateTime(s.signedInAt)}`}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      {others > 0 ? (
        <div className="mt-6">
          <EndSessionForm action={endOthers} variant="all" label="Wyloguj pozostałe sesje" />
        </div>
      ) : (
        <p className="mt-6 text-sm text-ink-muted">Nie ma innych aktywnych sesji tego konta.</p>
      )}
    </>
  );
}
