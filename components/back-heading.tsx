import Link from "next/link";
import type { ReactNode } from "react";

/** The top of a screen one level down: the link back to where it came from, then the heading. The look is the caller's. */
export function BackHeading(props: { back: { href: string; label: string }; title: ReactNode; linkClassName: string; titleClassName: string }) {
  const { back, title, linkClassName, titleClassName } = props;
  return (
    <>
      <p className="text-sm">
        <Link href={back.href} className={linkClassName}>
          ← {back.label}
        </Link>
      </p>
      <h1 className={`mt-2 text-2xl font-bold tracking-tight ${titleClassName}`}>{title}</h1>
    </>
  );
}
