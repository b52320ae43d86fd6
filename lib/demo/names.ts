/** Polish first and last names for demo customers (last names in their male and female forms). */

export const maleFirstNames = [
  "Jan",
  "Piotr",
  "Krzysztof",
  "Andrzej",
  "Tomasz",
  "Paweł",
  "Michał",
  "Marcin",
  "Grzegorz",
  "Józef",
  "Łukasz",
  "Adam",
  "Zbigniew",
  "Jerzy",
  "Tadeusz",
  "Mateusz",
  "Dariusz",
  "Mariusz",
  "Wojciech",
  "Ryszard",
  "Kamil",
  "Maciej",
  "Rafał",
  "Robert",
  "Jakub",
  "Stanisław",
] as const;

export const femaleFirstNames = [
  "Anna",
  "Maria",
  "Katarzyna",
  "Małgorzata",
  "Agnieszka",
  "Barbara",
  "Ewa",
  "Krystyna",
  "Elżbieta",
  "Magdalena",
  "Joanna",
  "Zofia",
  "Aleksandra",
  "Monika",
  "Teresa",
  "Danuta",
  "Natalia",
  "Karolina",
  "Marta",
  "Beata",
  "Dorota",
  "Halina",
  "Jadwiga",
  "Janina",
  "Irena",
] as const;

/** [male form, female form] */
export const lastNames: readonly (readonly [string, string])[] = [
  ["Nowak", "Nowak"],
  ["Kowalski", "Kowalska"],
  ["Wiśniewski", "Wiśniewska"],
  ["Wójcik", "Wójcik"],
  ["Kowalczyk", "Kowalczyk"],
  ["Kamiński", "Kamińska"],
  ["Lewandowski", "Lewandowska"],
  ["Zieliński", "Zielińska"],
  ["Szymański", "Szymańska"],
  ["Woźniak", "Woźniak"],
  ["Dąbrowski", "Dąbrowska"],
  ["Kozłowski", "Kozłowska"],
  ["Jankowski", "Jankowska"],
  ["Mazur", "Mazur"],
  ["Kwiatkowski", "Kwiatkowska"],
  ["Krawczyk", "Krawczyk"],
  ["Piotrowski", "Piotrowska"],
  ["Grabowski", "Grabowska"],
  ["Nowakowski", "Nowakowska"],
  ["Pawłowski", "Pawłowska"],
  ["Michalski", "Michalska"],
  ["Nowicki", "Nowicka"],
  ["Adamczyk", "Adamczyk"],
  ["Dudek", "Dudek"],
  ["Zając", "Zając"],
  ["Wieczorek", "Wieczorek"],
  ["Jabłoński", "Jabłońska"],
  ["Król", "Król"],
  ["Majewski", "Majewska"],
  ["Olszewski", "Olszewska"],
  ["Stępień", "Stępień"],
  ["Górski", "Górska"],
  ["Rutkowski", "Rutkowska"],
  ["Michalak", "Michalak"],
  ["Sikora", "Sikora"],
];

export const businessTrades = [
  "Piekarnia",
  "Zakład Stolarski",
  "Warsztat Samochodowy",
  "Hurtownia Spożywcza",
  "Sklep Ogólnospożywczy",
  "Biuro Rachunkowe",
  "Pensjonat",
  "Drukarnia",
  "Przychodnia Weterynaryjna",
  "Pracownia Krawiecka",
  "Kwiaciarnia",
  "Restauracja",
  "Zakład Fryzjerski",
] as const;

export const businessNames = ["Złoty Kłos", "Pod Lipami", "Stolbud", "Agromax", "Polmark", "Nova", "Bursztyn", "Jantar", "Sosnowy Dwór", "Tęcza"] as const;
export const businessForms = ["Sp. z o.o.", "Sp. z o.o.", "s.c.", "", "", "S.A."] as const;

const ascii: Record<string, string> = { ą: "a", ć: "c", ę: "e", ł: "l", ń: "n", ó: "o", ś: "s", ź: "z", ż: "z" };
/** For e-mail addresses: lower case without Polish diacritics or spaces. */
export const asciiSlug = (value: string) =>
  value
    .toLowerCase()
    .replace(/[ąćęłńóśźż]/g, (c) => ascii[c]!)
    .replace(/[^a-z0-9]+/g, "");
