import "altcha/altcha.css";
import "./captcha.css";

/**
 * Loads the ALTCHA web component once, in the browser. The "external" build is used because it
 * does not inject a <style> element (our CSP allows only nonce'd or same-origin styles); its CSS
 * comes from the bundle instead. That build registers no workers, so we register ours.
 */
const strings = {
  ariaLinkLabel: "ALTCHA (strona projektu)",
  enterCode: "Wpisz kod",
  enterCodeAria: "Wpisz kod, który słyszysz. Naciśnij spację, aby odtworzyć nagranie.",
  error: "Weryfikacja nie powiodła się. Zaznacz pole ponownie.",
  expired: "Weryfikacja wygasła. Zaznacz pole ponownie.",
  footer: "",
  getAudioChallenge: "Pobierz zadanie dźwiękowe",
  label: "Nie jestem robotem",
  loading: "Ładowanie…",
  reload: "Odśwież",
  verify: "Zweryfikuj",
  verificationRequired: "Zaznacz pole „Nie jestem robotem”.",
  verified: "Zweryfikowano",
  verifying: "Weryfikacja…",
  waitAlert: "Trwa weryfikacja… proszę czekać.",
  cancel: "Anuluj",
  enterCodeFromImage: "Aby kontynuować, wpisz kod z obrazka.",
};

let loading: Promise<void> | undefined;

export function loadAltcha(): Promise<void> {
  loading ??= import("altcha/external").then(() => {
    const altcha = (
      globalThis as unknown as { $altcha: { algorithms: Map<string, () => Worker>; i18n: { set: (lang: string, value: Record<string, string>) => void } } }
    ).$altcha;
    const worker = () => new Worker(new URL("./altcha-sha-worker.ts", import.meta.url));
    for (const algorithm of ["SHA-256", "SHA-384", "SHA-512"]) altcha.algorithms.set(algorithm, worker);
    altcha.i18n.set("pl", strings);
  });
  return loading;
}
