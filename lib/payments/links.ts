/** Links to the payment confirmation (app/(portal)/platnosci/zaplac). */
export const payHref = (ids: string[]) => `/platnosci/zaplac?${ids.map((id) => `dokument=${encodeURIComponent(id)}`).join("&")}`;
export const payAllHref = "/platnosci/zaplac?wszystko=1";
export const PAY_SELECTED_FORM = "pay-selected";
