import type { FormAction } from "@/lib/actions/form-state";
import { ButtonForm } from "@/components/forms/button-form";

/** The confirmation step's button: publishing cannot be undone. */
export function PublishRegulationForm({ action, id }: { action: FormAction; id: string }) {
  return <ButtonForm action={action} fields={{ id }} testId="publish-form" button="Opublikuj" />;
}
