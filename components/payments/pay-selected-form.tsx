import { PAY_SELECTED_FORM } from "@/lib/payments/links";

/** The GET form the documents' checkboxes belong to: the chosen ones go to the confirmation page. */
export function PaySelectedForm() {
  return (
    <form id={PAY_SELECTED_FORM} method="get" action="/platnosci/zaplac" className="mt-4" data-testid="pay-selected-form">
      <button
        type="submit"
        className="inline-flex min-h-11 items-center rounded-md border-2 border-brand bg-white px-5 py-2 font-semibold text-brand hover:bg-surface"
      >
        Zapłać za zaznaczone dokumenty
      </button>
    </form>
  );
}
