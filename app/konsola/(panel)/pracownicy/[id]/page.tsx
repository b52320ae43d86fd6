import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ConsoleHeading } from "@/components/console/page-heading";
import { roleLabel } from "@/components/console/staff/staff-table";
import { ResetStaffForm, StaffAccessForm, StaffSwitchForm } from "@/components/console/staff/staff-forms";
import { formatDateTime } from "@/lib/format";
import { findManagedStaff, SELF_REFUSED, staffState, staffStateLabels } from "@/lib/staff/staff-admin";
import { scopeTenants } from "@/lib/staff/scope";
import { requireStaff } from "@/lib/staff/session";
import { resetStaffAction, setStaffDisabledAction, unlockStaffAction, updateStaffAccessAction } from "../actions";

export const metadata: Metadata = { title: "Pracownik" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const flashes = {
  dostep: "Zapisano rolę i sprzedawców.",
  odblokowano: "Konto zostało odblokowane.",
  wylaczono: "Konto zostało wyłączone; sesje tej osoby zakończono.",
  wlaczono: "Konto zostało włączone.",
} as const;
const flashSchema = z.object({
  zmiana: z
    .enum(Object.keys(flashes) as [keyof typeof flashes])
    .optional()
    .catch(undefined),
});

function Section({ title, children, id }: { title: string; id: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-line bg-white p-5 shadow-sm sm:p-6">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}

/** One person: state, access, and the admin's actions (none on the admin's own account). */
export default async function StaffPersonPage({ params, searchParams }: Props) {
  const scope = await requireStaff({ role: "admin" });
  const person = await findManagedStaff(scope, (await params).id);
  if (!person) notFound();
  const flash = flashSchema.parse(await searchParams).zmiana;
  const state = staffState(person);
  const self = person.id === scope.staff.id;
  const tenants = scopeTenants(scope).map((t) => ({ id: t.id, label: `${t.names.product} (${t.names.legal})` }));
  return (
    <>
      <ConsoleHeading back={{ href: "/konsola/pracownicy", label: "Pracownicy" }} title={person.email} />
      <div
        role="status"
        className={flash ? "mt-4 rounded-md border border-success bg-white p-3 text-sm font-medium text-success" : "sr-only"}
        data-testid="staff-flash"
      >
        {flash ? flashes[flash] : null}
      </div>
      <dl className="mt-4 grid max-w-2xl grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-line bg-white p-5 text-sm shadow-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Rola</dt>
        <dd>{roleLabel(person.role)}</dd>
        <dt className="font-semibold">Sprzedawcy</dt>
        <dd>{person.tenants.join(", ").toUpperCase()}</dd>
        <dt className="font-semibold">Stan konta</dt>
        <dd data-testid="staff-state">{staffStateLabels[state]}</dd>
        <dt className="font-semibold">Nieudane próby logowania</dt>
        <dd>{person.failedAttempts}</dd>
        <dt className="font-semibold">Ostatnie logowanie</dt>
        <dd>{person.lastLoginAt ? formatDateTime(person.lastLoginAt) : "—"}</dd>
        <dt className="font-semibold">Utworzono</dt>
        <dd>{formatDateTime(person.createdAt)}</dd>
      </dl>
      {self ? (
        <p className="mt-6 max-w-2xl rounded-md border border-line bg-white p-4 text-sm">{SELF_REFUSED}</p>
      ) : (
        <div className="mt-6 grid max-w-4xl gap-4 md:grid-cols-2">
          <Section id="dostep" title="Rola i sprzedawcy">
            <StaffAccessForm action={updateStaffAccessAction} id={person.id} role={person.role} tenants={tenants} checked={person.tenants} />
          </Section>
          <div className="grid content-start gap-4">
            <Section id="haslo" title="Hasło jednorazowe">
              <p className="mb-3 text-sm text-ink-muted">
                Kończy dotychczasowe hasło, aplikację uwierzytelniającą i sesje; przy następnym logowaniu osoba skonfiguruje je od nowa.
              </p>
              <ResetStaffForm action={resetStaffAction} id={person.id} />
            </Section>
            <Section id="stan" title="Dostęp do konsoli">
              <div className="flex flex-wrap gap-3">
                {state === "locked" ? <StaffSwitchForm action={unlockStaffAction} id={person.id} kind="unlock" /> : null}
                <StaffSwitchForm
                  key={person.disabledAt ? "enable" : "disable"}
                  action={setStaffDisabledAction}
                  id={person.id}
                  kind={person.disabledAt ? "enable" : "disable"}
                />
              </div>
            </Section>
          </div>
        </div>
      )}
    </>
  );
}
