import type { FormState } from "@/lib/actions/form-state";
import { TextField } from "@/components/forms/fields";
import { contactLabels as l } from "@/lib/my-data/contact-schema";

/** The password that confirms a change of contact data (S19), below a rule, with why it is asked. */
export function CurrentPasswordField({ state, hint }: { state: FormState; hint: string }) {
  return (
    <div className="border-t border-line pt-4">
      <TextField
        name="currentPassword"
        label={l.currentPassword}
        type="password"
        autoComplete="current-password"
        state={state}
        required
        maxLength={128}
        hint={hint}
      />
    </div>
  );
}
