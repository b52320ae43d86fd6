import Link from "next/link";
import { previewScreens, type PreviewScreenId } from "@/lib/staff/preview";

/** Which screen the columns show; plain links, so it works without JavaScript. */
export function PreviewTabs({ current }: { current: PreviewScreenId }) {
  return (
    <nav aria-label="Ekrany podglądu" className="mt-5">
      <ul className="flex flex-wrap gap-1 text-sm">
        {previewScreens.map((screen) => (
          <li key={screen.id}>
            <Link
              href={`/konsola/podglad?ekran=${screen.id}`}
              aria-current={screen.id === current ? "page" : undefined}
              className="inline-flex min-h-11 items-center rounded-md border border-line bg-white px-3 font-medium text-ink hover:bg-surface aria-[current=page]:border-ink aria-[current=page]:bg-ink aria-[current=page]:text-white"
            >
              {screen.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
