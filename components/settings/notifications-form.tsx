"use client";

import { useActionState } from "react";
import { initialFormState, type FormAction } from "@/lib/actions/form-state";
import { CheckboxField, FormMessages } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { ALWAYS_ON_NOTE, notificationEvents, type NotificationEvent } from "@/lib/notifications/events";

/**
 * "Powiadomienia" (docs/portal.md §13): one checkbox per event the tenant offers, ticked as saved; works
 * without JavaScript. The regulation row is ticked and disabled, with the reason under it.
 */
export function NotificationsForm({
  action,
  events,
  current,
}: {
  action: FormAction;
  events: NotificationEvent[];
  current: Record<NotificationEvent, boolean>;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const shown = state.status === "error" ? state : initialFormState;
  const rows = notificationEvents.filter((e) => events.includes(e.event));
  return (
    <form action={formAction} noValidate aria-labelledby="notifications-title">
      <FormMessages state={state} />
      <fieldset>
        <legend className="mb-3 font-semibold text-ink">Wysyłaj mi wiadomość e-mail, gdy:</legend>
        {rows.map((row) =>
          "alwaysOn" in row ? (
            <div key={row.event} className="mb-3">
              <div className="flex items-start gap-3">
                <input
                  id={row.event}
                  type="checkbox"
                  checked
                  disabled
                  readOnly
                  aria-describedby={`${row.event}-note`}
                  className="mt-1 size-5 shrink-0 accent-brand"
                />
                <label htmlFor={row.event} className="block text-sm font-semibold text-ink">
                  {row.label}
                </label>
              </div>
              <p id={`${row.event}-note`} className="mt-1 ml-8 text-sm text-ink-muted">
                {ALWAYS_ON_NOTE}
              </p>
            </div>
          ) : (
            <CheckboxField key={row.event} name={row.event} label={row.label} state={shown} defaultChecked={current[row.event]} />
          ),
        )}
      </fieldset>
      <SubmitButton className="mt-2">Zapisz</SubmitButton>
    </form>
  );
}
