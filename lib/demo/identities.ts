import type { Address } from "@/db/schema";

/**
 * The first customers of each tenant are fixed, documented demo identities (README, seed, e2e
 * tests): who to register with, who must fail, and who gets the ready-made demo login. Everything
 * else in the demo data is random but deterministic.
 */

export type DemoRole =
  /** Registers with PESEL + contract number (no account yet). */
  | "register-individual"
  /** Registers with NIP + contract number. */
  | "register-business"
  /** Has only a draft contract: registration must fail. */
  | "draft-only"
  /** Registers with customer number + number of the last invoice. */
  | "register-last-invoice"
  /** A housing-cooperative resident: customer number + the last settlement's gross amount. */
  | "register-settlement-amount"
  /** Gets the ready-made demo login (the account is created by the accounts seed, not here). */
  | "demo-login";

export type DemoIdentity = {
  customerId: string;
  role: DemoRole;
  kind: "individual" | "business";
  female: boolean;
  name: string;
  pesel?: string;
  nip?: string;
  customerNumber?: string;
  email: string;
  address: Address;
  contract: { id: string; number: string; status: "draft" | "signed_by_customer" | "active" };
  /** For MPEC registration: the newest invoice-kind document gets this number (and, when set, this heat use). */
  lastInvoice?: { number: string; quantityGJ?: string };
  /** The last invoice's gross, "123.45" (the generator's unit test checks the data matches it). */
  lastSettlementGross?: string;
  /** What it demonstrates, in Polish, for the README. */
  description: string;
};

const addr = (street: string, building: string, postalCode: string, city: string, apartment?: string): Address => ({
  street,
  building,
  postalCode,
  city,
  ...(apartment ? { apartment } : {}),
});

export const demoIdentities: Record<string, DemoIdentity[]> = {
  polo: [
    {
      customerId: "C0000001",
      role: "register-individual",
      kind: "individual",
      female: false,
      name: "Tomasz Wiśniewski",
      pesel: "78041741257",
      email: "tomasz.wisniewski@example.pl",
      address: addr("ul. Mickiewicza", "14", "00-585", "Warszawa", "7"),
      contract: { id: "U0000001", number: "UE/POLO/2023/000001", status: "active" },
      description: "Klient indywidualny bez konta: rejestracja PESEL-em i numerem umowy.",
    },
    {
      customerId: "C0000002",
      role: "register-business",
      kind: "business",
      female: false,
      name: "Piekarnia Złoty Kłos Sp. z o.o.",
      nip: "5261043873",
      email: "biuro.zlotyklos@example.pl",
      address: addr("ul. Piekarska", "3", "30-001", "Kraków"),
      contract: { id: "U0000002", number: "UE/POLO/2023/000002", status: "active" },
      description: "Firma bez konta: rejestracja NIP-em i numerem umowy.",
    },
    {
      customerId: "C0000003",
      role: "draft-only",
      kind: "individual",
      female: true,
      name: "Katarzyna Nowak",
      pesel: "85090322746",
      email: "katarzyna.nowak@example.pl",
      address: addr("ul. Lipowa", "8", "90-001", "Łódź"),
      contract: { id: "U0000003", number: "UE/POLO/2026/000003", status: "draft" },
      description: "Tylko umowa w wersji roboczej: rejestracja musi się nie udać.",
    },
    {
      customerId: "C0000004",
      role: "demo-login",
      kind: "individual",
      female: true,
      name: "Anna Zielińska",
      pesel: "91021473360",
      email: "anna.zielinska@example.pl",
      address: addr("ul. Słoneczna", "21", "60-101", "Poznań", "4"),
      contract: { id: "U0000004", number: "UE/POLO/2022/000004", status: "active" },
      description: "Gotowe konto demonstracyjne.",
    },
  ],
  polsp: [
    {
      customerId: "C0000001",
      role: "register-individual",
      kind: "individual",
      female: false,
      name: "Krzysztof Mazur",
      pesel: "62112805872",
      email: "krzysztof.mazur@example.pl",
      address: addr("ul. Kościuszki", "40", "50-011", "Wrocław", "12"),
      contract: { id: "U0000001", number: "US/POLSP/2023/000001", status: "signed_by_customer" },
      description: "Klient indywidualny bez konta, umowa podpisana przez klienta: rejestracja PESEL-em i numerem umowy.",
    },
    {
      customerId: "C0000002",
      role: "register-business",
      kind: "business",
      female: false,
      name: "Hurtownia Spożywcza Jantar s.c.",
      nip: "7781439207",
      email: "jantar.hurtownia@example.pl",
      address: addr("ul. Kolejowa", "2", "80-001", "Gdańsk"),
      contract: { id: "U0000002", number: "US/POLSP/2023/000002", status: "active" },
      description: "Firma bez konta: rejestracja NIP-em i numerem umowy.",
    },
    {
      customerId: "C0000003",
      role: "draft-only",
      kind: "individual",
      female: true,
      name: "Magdalena Dudek",
      pesel: "83120964126",
      email: "magdalena.dudek@example.pl",
      address: addr("ul. Polna", "5", "20-001", "Lublin"),
      contract: { id: "U0000003", number: "US/POLSP/2026/000003", status: "draft" },
      description: "Tylko umowa w wersji roboczej: rejestracja musi się nie udać.",
    },
    {
      customerId: "C0000004",
      role: "demo-login",
      kind: "individual",
      female: false,
      name: "Piotr Król",
      pesel: "56063019019",
      email: "piotr.krol@example.pl",
      address: addr("ul. Chopina", "9", "70-001", "Szczecin", "2"),
      contract: { id: "U0000004", number: "US/POLSP/2022/000004", status: "active" },
      description: "Gotowe konto demonstracyjne.",
    },
  ],
  mpec: [
    {
      customerId: "C0000001",
      role: "register-last-invoice",
      kind: "individual",
      female: true,
      name: "Halina Wójcik",
      pesel: "70012230500",
      customerNumber: "100001",
      email: "halina.wojcik@example.pl",
      address: addr("ul. Żeromskiego", "11", "39-300", "Mielec", "5"),
      contract: { id: "U0000001", number: "UC/MPEC/2021/000001", status: "active" },
      lastInvoice: { number: "FC/DEMO/000001" },
      description: "Rejestracja numerem odbiorcy i numerem ostatniej faktury.",
    },
    {
      customerId: "C0000002",
      role: "register-settlement-amount",
      kind: "individual",
      female: false,
      name: "Stanisław Sikora",
      pesel: "99070788491",
      customerNumber: "100002",
      email: "stanislaw.sikora@example.pl",
      address: addr("os. Kopernika", "12", "39-300", "Mielec", "34"),
      contract: { id: "U0000002", number: "UC/MPEC/2021/000002", status: "active" },
      lastInvoice: { number: "FC/DEMO/000002", quantityGJ: "8.450" },
      lastSettlementGross: "945.36",
      description: "Lokator spółdzielni mieszkaniowej: rejestracja numerem odbiorcy i kwotą ostatniego rozliczenia.",
    },
    {
      customerId: "C0000003",
      role: "demo-login",
      kind: "business",
      female: false,
      name: "Spółdzielnia Mieszkaniowa Tęcza",
      nip: "9512076347",
      customerNumber: "100003",
      email: "sm.tecza@example.pl",
      address: addr("ul. Kopernika", "1", "39-300", "Mielec"),
      contract: { id: "U0000003", number: "UC/MPEC/2020/000003", status: "active" },
      description: "Gotowe konto demonstracyjne.",
    },
  ],
};

export const demoIdentitiesFor = (tenantId: string): DemoIdentity[] => demoIdentities[tenantId] ?? [];

/** The customer that gets the ready-made demo login of a tenant. */
export function demoLoginCustomerId(tenantId: string): string | null {
  return demoIdentitiesFor(tenantId).find((i) => i.role === "demo-login")?.customerId ?? null;
}

/** Customer numbers of generated (not fixed) MPEC-style customers: 6+ digits counting from 100001. */
export const customerNumberFor = (index: number) => String(100001 + index);
export const customerIdFor = (index: number) => `C${String(index + 1).padStart(7, "0")}`;
