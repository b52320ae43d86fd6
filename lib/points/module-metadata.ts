import type { Metadata } from "next";
import type { ModuleId } from "@/lib/tenant/schema";
import { getTenant } from "@/lib/tenant/server";
import { moduleLabel } from "./module-label";

/** A module page's generateMetadata: the title is the tenant's own name of the module (MPEC: "Punkt odbioru"). */
export const moduleMetadata = (module: ModuleId) => async (): Promise<Metadata> => ({ title: moduleLabel(await getTenant(), module) });
