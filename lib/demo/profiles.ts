import { heatNetworkCities, nationalCities, type City } from "@/lib/demo/places";

/**
 * What a tenant sells, for the demo data only. The tenant files describe the portal, not the
 * commodity, so the generator keeps this small table; a seller not listed gets electricity.
 */

/** priceGrosze may have up to three decimals (61.794 gr = 0.61794 zł per kWh), as energy prices do. */
export type Tariff = { name: string; lines: { description: string; perUnit: boolean; priceGrosze: number }[] };

export type DemoProfile = {
  commodity: "electricity" | "heat";
  unit: "kWh" | "GJ";
  vatRate: "23" | "8";
  cities: City[];
  /** Monthly use by calendar month (index 0 = January), individual and business. */
  seasonal: readonly number[];
  monthlyUse: { individual: [number, number]; business: [number, number] };
  tariffs: { individual: Tariff[]; business: Tariff[] };
};

const electricityLines = (energy: number, distribution: number, fixed: number): Tariff["lines"] => [
  { description: "Energia elektryczna czynna", perUnit: true, priceGrosze: energy },
  { description: "Opłata dystrybucyjna zmienna", perUnit: true, priceGrosze: distribution },
  { description: "Opłata dystrybucyjna stała i handlowa", perUnit: false, priceGrosze: fixed },
];

const heatLines = (heat: number, transmission: number, capacity: number): Tariff["lines"] => [
  { description: "Ciepło", perUnit: true, priceGrosze: heat },
  { description: "Opłata przesyłowa zmienna", perUnit: true, priceGrosze: transmission },
  { description: "Opłata za zamówioną moc cieplną i przesył stały", perUnit: false, priceGrosze: capacity },
];

const electricity: DemoProfile = {
  commodity: "electricity",
  unit: "kWh",
  vatRate: "23",
  cities: nationalCities,
  seasonal: [1.25, 1.18, 1.07, 0.95, 0.86, 0.8, 0.82, 0.84, 0.9, 1.0, 1.12, 1.24],
  monthlyUse: { individual: [110, 380], business: [900, 9000] },
  tariffs: {
    individual: [
      { name: "G11", lines: electricityLines(61.794, 33.871, 2850) },
      { name: "G12", lines: electricityLines(57.931, 31.246, 3120) },
    ],
    business: [
      { name: "C11", lines: electricityLines(70.862, 29.114, 8900) },
      { name: "C12a", lines: electricityLines(67.955, 27.308, 10450) },
    ],
  },
};

const heat: DemoProfile = {
  commodity: "heat",
  unit: "GJ",
  vatRate: "8",
  cities: heatNetworkCities,
  // heating dominates in winter; summer is hot water only
  seasonal: [1.7, 1.55, 1.3, 0.85, 0.4, 0.18, 0.15, 0.15, 0.35, 0.85, 1.3, 1.62],
  monthlyUse: { individual: [3, 7], business: [40, 320] },
  tariffs: {
    individual: [{ name: "A1", lines: heatLines(6820, 2410, 9540) }],
    business: [
      { name: "B1", lines: heatLines(6590, 2280, 64200) },
      { name: "B2", lines: heatLines(6410, 2190, 128700) },
    ],
  },
};

const profiles: Record<string, DemoProfile> = { mpec: heat };

export const demoProfile = (tenantId: string): DemoProfile => profiles[tenantId] ?? electricity;
