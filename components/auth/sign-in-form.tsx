"use client";

import Link from "next/link";
import { CheckboxField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { signInAction } from "@/components/auth/sign-in-action";
import { NextForm } from "@/components/auth/next-form";

type Texts = { button: string; forgotPassword: string; forgotLogin: string | null };

const linkClass = "font-medium text-brand underline underline-offset-2 hover:decoration-2";

/**
 * "Login", "Hasło", "Zapamiętaj mnie" and the recovery links; works without JavaScript. `next`, the
 * page the visitor asked for, travels along for the action to go back to.
 */
export function SignInForm({ texts, rememberedLogin, next }: { texts: Texts; rememberedLogin: string; next: string | null }) {
  return (
    <NextForm action={signInAction} next={next} testId="sign-in-form">
      {(state) => (
        <>
          <TextField name="login" label="Login" state={state} required autoComplete="username" defaultValue={rememberedLogin} maxLength={200} />
          <TextField name="password" label="Hasło" type="password" state={state} required autoComplete="current-password" maxLength={1000} />
          <CheckboxField name="remember" label="Zapamiętaj mnie" state={state} defaultChecked={rememberedLogin !== ""} />
          <div className="mt-5">
            <SubmitButton>{texts.button}</SubmitButton>
          </div>
          <ul className="mt-5 flex flex-col gap-2 text-sm sm:flex-row sm:flex-wrap sm:gap-x-6">
            <li>
              <Link href="/odzyskiwanie-hasla" className={linkClass}>
                {texts.forgotPassword}
              </Link>
            </li>
            {texts.forgotLogin ? (
              <li>
                <Link href="/odzyskiwanie-loginu" className={linkClass}>
                  {texts.forgotLogin}
                </Link>
              </li>
            ) : null}
          </ul>
        </>
      )}
    </NextForm>
  );
}
