import { previewScreens, type PreviewScreenId } from "@/lib/staff/preview";
import { TabRow } from "@/components/portal/tab-row";

/** Which screen the columns show; plain links, so it works without JavaScript. */
export function PreviewTabs({ current }: { current: PreviewScreenId }) {
  const tabs = previewScreens.map((screen) => ({ id: screen.id, label: screen.label, href: `/konsola/podglad?ekran=${screen.id}` }));
  return <TabRow label="Ekrany podglądu" tabs={tabs} current={current} look="console" />;
}
