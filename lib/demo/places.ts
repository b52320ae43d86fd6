/**
 * Cities with their real postal-code ranges (first five digits as a number range), and common
 * street names. Codes are drawn inside the city's range, so an address's code matches its city.
 */

export type City = { name: string; codes: [number, number]; distributor: string };

export const nationalCities: City[] = [
  { name: "Warszawa", codes: [100, 4999], distributor: "Stoen Operator Sp. z o.o." },
  { name: "Kraków", codes: [30001, 31999], distributor: "Tauron Dystrybucja S.A." },
  { name: "Łódź", codes: [90001, 94999], distributor: "PGE Dystrybucja S.A." },
  { name: "Wrocław", codes: [50001, 54999], distributor: "Tauron Dystrybucja S.A." },
  { name: "Poznań", codes: [60001, 61999], distributor: "Enea Operator Sp. z o.o." },
  { name: "Gdańsk", codes: [80001, 80999], distributor: "Energa-Operator S.A." },
  { name: "Szczecin", codes: [70001, 71999], distributor: "Enea Operator Sp. z o.o." },
  { name: "Bydgoszcz", codes: [85001, 85999], distributor: "Enea Operator Sp. z o.o." },
  { name: "Lublin", codes: [20001, 20999], distributor: "PGE Dystrybucja S.A." },
  { name: "Białystok", codes: [15001, 15999], distributor: "PGE Dystrybucja S.A." },
  { name: "Katowice", codes: [40001, 40999], distributor: "Tauron Dystrybucja S.A." },
  { name: "Rzeszów", codes: [35001, 35999], distributor: "PGE Dystrybucja S.A." },
  { name: "Kielce", codes: [25001, 25999], distributor: "PGE Dystrybucja S.A." },
  { name: "Olsztyn", codes: [10001, 10999], distributor: "Energa-Operator S.A." },
  { name: "Opole", codes: [45001, 45999], distributor: "Tauron Dystrybucja S.A." },
  { name: "Toruń", codes: [87100, 87100], distributor: "Energa-Operator S.A." },
];

/** A town of one postal code, on a heat network (the network's own seller distributes, so no distributor is named). */
const town = (name: string, code: number): City => ({ name, codes: [code, code], distributor: "" });

/** A district-heating network is local: the heat seller's customers live in and around one town. */
export const heatNetworkCities: City[] = [
  town("Mielec", 39300),
  town("Dębica", 39200),
  town("Tarnobrzeg", 39400),
  town("Ropczyce", 39100),
  town("Kolbuszowa", 36100),
];

export const streets = [
  "ul. Mickiewicza",
  "ul. Kościuszki",
  "ul. Słowackiego",
  "ul. Sienkiewicza",
  "ul. Polna",
  "ul. Leśna",
  "ul. Lipowa",
  "ul. Ogrodowa",
  "ul. Kolejowa",
  "ul. Szkolna",
  "ul. Kwiatowa",
  "ul. Długa",
  "ul. Krótka",
  "ul. Piłsudskiego",
  "ul. Żeromskiego",
  "ul. Reymonta",
  "ul. Konopnickiej",
  "ul. Wyszyńskiego",
  "ul. Jana Pawła II",
  "ul. Chopina",
  "ul. Kopernika",
  "ul. Słoneczna",
  "al. Niepodległości",
  "ul. Wojska Polskiego",
  "ul. Młynarska",
  "ul. Źródlana",
  "ul. Brzozowa",
  "os. Kopernika",
] as const;

export const postalCode = (n: number) => {
  const s = String(n).padStart(5, "0");
  return `${s.slice(0, 2)}-${s.slice(2)}`;
};
