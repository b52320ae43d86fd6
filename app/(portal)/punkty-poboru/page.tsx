import Link from "next/link";
import { customerPoints } from "@/lib/points/queries";
import { moduleMetadata } from "@/lib/points/module-metadata";
import { moduleScreen } from "@/lib/points/module-screen";
import { PointFacts } from "@/components/points/point-facts";
import { moduleListPage } from "@/components/points/module-page";

export const generateMetadata = moduleMetadata("points");

/** Punkty poboru (MPEC: "Punkt odbioru"): the points of the customer's contracts (issue 4, item 6). */
export default moduleListPage({
  screen: () => moduleScreen("points"),
  load: customerPoints,
  empty: "Nie masz jeszcze punktów poboru widocznych w serwisie.",
  keyOf: (point) => point.id,
  card: (point) => (
    <>
      <h2 className="text-lg font-semibold break-words">
        <Link href={`/punkty-poboru/${encodeURIComponent(point.id)}`} className="text-brand underline underline-offset-4 hover:no-underline">
          {point.code}
        </Link>
      </h2>
      <PointFacts point={point} />
    </>
  ),
});
