"use client";

import type { FormAction } from "@/lib/actions/form-state";
import { CheckboxField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { NextForm } from "@/components/auth/next-form";

/** "Akceptuję regulamin" + "Akceptuję"; the shown version and the page to go on to travel with the form. */
export function RegulationAcceptForm({ action, versionId, next }: { action: FormAction; versionId: string; next: string | null }) {
  return (
    <NextForm action={action} next={next} testId="regulation-form">
      {(state) => (
        <>
          <input type="hidden" name="versionId" value={versionId} />
          <CheckboxField name="accept" label="Akceptuję regulamin" state={state} required />
          <div className="mt-4">
            <SubmitButton>Akceptuję</SubmitButton>
          </div>
        </>
      )}
    </NextForm>
  );
}
