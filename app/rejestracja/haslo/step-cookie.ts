/** The cookie that carries MPEC's "Ustaw hasło do portalu" step from registration to the form. */
export const PASSWORD_STEP_PATH = "/rejestracja/haslo";
export const PASSWORD_STEP_COOKIE = "mojbok_password_step";
