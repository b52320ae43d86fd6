import { afterEach, describe, expect, it } from "vitest";
import { exportPage } from "@/lib/export/export-events";
import { and, eq } from "drizzle-orm";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { staffScope } from "@/tests/helpers/staff-scope";
import { auditLog, emailOutbox, ticketAttachments, ticketMessages, tickets } from "@/db/schema";
import { addDays, setClockOffsetSeconds } from "@/lib/clock";
import { createTicket } from "@/lib/tickets/create";
import { customerAttachment, listTickets, markThreadRead, sentMessages, ticketThread } from "@/lib/tickets/queries";
import { createStaffUser } from "@/lib/staff/auth";
import { parseQueueParams } from "@/lib/staff/ticket-queue-params";
import { addInternalNote, changeTicketStatus, replyAsStaff } from "@/lib/staff/ticket-replies";
import type { StaffScope } from "@/lib/staff/scope";
import { markCustomerMessagesRead, staffAttachment, staffTicketThread, ticketQueue } from "@/lib/staff/tickets";
import { requireTenantById } from "@/lib/tenant/registry";
import { fields, fixture, ticketCustomer } from "@/tests/integration/tickets-world";
import { customerScope } from "../helpers/scope";

const handle = setupTestDb();
afterEach(() => setClockOffsetSeconds(0));

type World = Awaited<ReturnType<typeof ticketCustomer>>;
const request = { ip: "198.51.100.7", userAgent: "vitest" };

async function staffActor(tenants: string[]): Promise<StaffScope> {
  const { id } = await createStaffUser(handle.db, { email: `obsluga.${crypto.randomUUID()}@mojbok.test`, role: "staff", tenants });
  return staffScope(handle.db, { id, tenants }, request);
}

async function newTicket(world: World, kategoria: string, temat: string, files: { name: string; data: Buffer }[] = []) {
  const result = await createTicket(world.scope, world.request, fields({ kategoria, temat }), files);
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.ticketId;
}

const setCreated = (id: string, createdAt: Date, answerDueAt: Date | null) =>
  handle.db.update(tickets).set({ createdAt, answerDueAt }).where(eq(tickets.id, id));

describe(`console tickets (${testDbKind})`, () => {
  it("orders the queue: open complaints by their 14-day limit (overdue first), then the oldest waiting", async () => {
    // A tenant of its own for this test: MPEC, so the other tests' POLO tickets do not mix in.
    const world = await ticketCustomer(handle.db, "mpec");
    const actor = await staffActor(["mpec"]);
    const today = new Date();
    const question = await newTicket(world, "techniczne", "Pytanie sprzed 20 dni");
    await setCreated(question, addDays(today, -20), null);
    const dueIn5 = await newTicket(world, "reklamacja", "Reklamacja, 5 dni do terminu");
    await setCreated(dueIn5, addDays(today, -9), addDays(today, 5));
    const overdue = await newTicket(world, "reklamacja", "Reklamacja po terminie");
    await setCreated(overdue, addDays(today, -16), addDays(today, -2));
    const dueIn1 = await newTicket(world, "reklamacja", "Reklamacja, 1 dzień do terminu");
    await setCreated(dueIn1, addDays(today, -13), addDays(today, 1));
    const fresh = await newTicket(world, "ekonomiczne", "Pytanie z dziś");
    const closedComplaint = await newTicket(world, "reklamacja", "Zamknięta reklamacja");
    await setCreated(closedComplaint, addDays(today, -14), addDays(today, 0));
    await handle.db.update(tickets).set({ status: "closed" }).where(eq(tickets.id, closedComplaint));

    const open = await ticketQueue(actor, { status: "open" });
    expect(open.rows.map((r) => r.subject)).toEqual([
      "Reklamacja po terminie",
      "Reklamacja, 1 dzień do terminu",
      "Reklamacja, 5 dni do terminu",
      "Pytanie sprzed 20 dni",
      "Pytanie z dziś",
    ]);
    expect(open.rows[0]).toMatchObject({ id: overdue, tenantId: "mpec", unread: 1, status: "new" });
    expect(open.rows[0]!.number).toMatch(/^SP\/\d{4}\/\d{6}$/);

    // A closed complaint no longer jumps the queue; it sorts by age among the rest.
    const all = await ticketQueue(actor, { status: "all" });
    expect(all.rows.map((r) => r.id)).toEqual([overdue, dueIn1, dueIn5, question, closedComplaint, fresh]);

    const older = parseQueueParams([requireTenantById("mpec")], { starsze: "10", kategoria: "reklamacja", status: "all" });
    expect((await ticketQueue(actor, older.filters)).rows.map((r) => r.id)).toEqual([overdue, dueIn1, closedComplaint]);
    expect((await ticketQueue(actor, { status: "closed" })).rows.map((r) => r.id)).toEqual([closedComplaint]);
  });

  it("S14: staff scoped to POLO never list, open, download from, reply to or annotate a POLSp ticket", async () => {
    const polsp = await ticketCustomer(handle.db, "polsp");
    const foreign = await newTicket(polsp, "reklamacja", "Reklamacja w POLSp", [{ name: "skan.pdf", data: fixture("tiny.pdf") }]);
    const [file] = await handle.db.select().from(ticketAttachments).where(eq(ticketAttachments.ticketId, foreign));
    const poloStaff = await staffActor(["polo"]);
    const polspStaff = await staffActor(["polsp"]);

    const listed = await ticketQueue(poloStaff, { status: "all" });
    expect(listed.rows.map((r) => r.tenantId)).not.toContain("polsp");
    // Even a tenant filter naming POLSp stays inside the scope.
    expect((await ticketQueue(poloStaff, { status: "all", tenantId: "polsp" })).total).toBe(0);
    expect(parseQueueParams([requireTenantById("polo")], { sprzedawca: "polsp" }).filters.tenantId).toBeUndefined();

    expect(await staffTicketThread(poloStaff, foreign)).toBeNull();
    expect(await staffAttachment(poloStaff, foreign, file!.id)).toBeNull();
    expect(await markCustomerMessagesRead(poloStaff, foreign)).toBe(0);
    expect(await replyAsStaff(poloStaff, foreign, { body: "Nie powinno przejść", status: "answered" }, [])).toEqual({
      ok: false,
      notFound: true,
      fieldErrors: {},
    });
    expect(await addInternalNote(poloStaff, foreign, "Nie powinno przejść")).toMatchObject({ ok: false, notFound: true });
    expect(await changeTicketStatus(poloStaff, foreign, "closed")).toMatchObject({ ok: false, notFound: true });
    const messages = await handle.db.select().from(ticketMessages).where(eq(ticketMessages.ticketId, foreign));
    expect(messages).toHaveLength(1);
    expect(messages[0]!.readAt).toBeNull();

    // The POLSp staff member sees all of it.
    expect((await staffTicketThread(polspStaff, foreign))?.ticket.subject).toBe("Reklamacja w POLSp");
    expect((await staffAttachment(polspStaff, foreign, file!.id))?.data.equals(fixture("tiny.pdf"))).toBe(true);
  });

  it("a reply is unread for the customer, sends the ticket-replied e-mail in the same transaction and is audited", async () => {
    const world = await ticketCustomer(handle.db, "polo");
    const actor = await staffActor(["polo"]);
    const id = await newTicket(world, "reklamacja", "Błędny odczyt");

    const refused = await replyAsStaff(actor, id, { body: " ", status: "nowe" }, [{ name: "x.exe", data: fixture("program.exe.pdf") }]);
    expect(refused).toEqual({
      ok: false,
      fieldErrors: {
        wiadomosc: ["Pole Odpowiedź jest wymagane"],
        statusPoOdpowiedzi: ["Wybierz status z listy."],
        zalaczniki: ["Plik „x.exe” ma niedozwolony format. Dozwolone: PDF, JPEG, PNG."],
      },
    });

    expect(await markCustomerMessagesRead(actor, id)).toBe(1);
    expect((await ticketQueue(actor, { status: "all" })).rows.find((r) => r.id === id)?.unread).toBe(0);

    const result = await replyAsStaff(actor, id, { body: "Odczyt zostanie skorygowany.", status: "answered" }, [
      { name: "../korekta.pdf", data: fixture("tiny.pdf") },
    ]);
    expect(result).toEqual({ ok: true });

    const customerList = await listTickets(customerScope(handle.db, "polo", world.account.customerId));
    expect(customerList.rows[0]).toMatchObject({ id, status: "answered", unread: 1 });
    const thread = await ticketThread(customerScope(handle.db, "polo", world.account.customerId), id);
    const reply = thread!.messages.at(-1)!;
    expect(reply).toMatchObject({ author: "staff", body: "Odczyt zostanie skorygowany.", readAt: null });
    expect(reply.attachments.map((a) => a.fileName)).toEqual(["korekta.pdf"]);
    expect(await customerAttachment(customerScope(handle.db, "polo", world.account.customerId), id, reply.attachments[0]!.id)).not.toBeNull();
    const [stored] = await handle.db.select().from(ticketMessages).where(eq(ticketMessages.id, reply.id));
    expect(stored!.staffId).toBe(actor.staff.id);

    const mails = await handle.db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.to, world.account.email), eq(emailOutbox.template, "ticket-replied")));
    expect(mails).toHaveLength(1);
    const [{ number }] = (await handle.db.select({ number: tickets.number }).from(tickets).where(eq(tickets.id, id))) as [{ number: string }];
    expect(number).toMatch(/^ZG\/\d{4}\/\d{6}$/);
    expect(mails[0]!.subject).toBe(`Nowa odpowiedź w sprawie ${number}: Błędny odczyt`);
    expect(mails[0]!.text).toContain(`w sprawie nr ${number}`);
    expect(mails[0]!.text).toContain(`/zgloszenia/${id}`);
    expect(mails[0]!.text).not.toContain("Odczyt zostanie skorygowany");

    const [row] = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "ticket.replied"), eq(auditLog.targetId, id), eq(auditLog.actorKind, "staff")));
    expect(row).toMatchObject({ actorId: actor.staff.id, tenantId: "polo", targetKind: "ticket", ip: "198.51.100.7", userAgent: "vitest" });
    expect(row!.details).toMatchObject({ attachments: 1, from: "new", to: "answered", emailed: true });
    expect(JSON.stringify(row)).not.toContain("skorygowany");
    // The CRM pulls the answer as an event (no text: it reads the thread by id if it wants it).
    const events = (await exportPage(handle.db, "polo", 0)).lines.filter((l) => l.ticketId === id);
    expect(events.map((e) => e.type)).toEqual(["ticket.created", "ticket.answered"]);
    expect(events[1]).toMatchObject({ customer: world.account.customerId, messageId: reply.id, attachments: 1, status: "answered" });

    await markThreadRead(customerScope(handle.db, "polo", world.account.customerId), id);
    expect((await listTickets(customerScope(handle.db, "polo", world.account.customerId))).rows[0]!.unread).toBe(0);
  });

  it("an internal note is in the office's thread but never reaches the customer-side functions", async () => {
    const world = await ticketCustomer(handle.db, "polo");
    const actor = await staffActor(["polo"]);
    const id = await newTicket(world, "zapytanie", "Pytanie o taryfę");
    expect(await addInternalNote(actor, id, "")).toEqual({ ok: false, fieldErrors: { notatka: ["Pole Notatka jest wymagane"] } });
    expect(await addInternalNote(actor, id, "TAJNA NOTATKA: klient dzwonił dwa razy")).toEqual({ ok: true });

    const office = await staffTicketThread(actor, id);
    expect(office!.messages.map((m) => [m.author, m.internal])).toEqual([
      ["customer", false],
      ["staff", true],
    ]);
    expect(office!.messages[1]!.staffEmail).toMatch(/@mojbok\.test$/);

    const customer = world.account.customerId;
    expect((await ticketThread(customerScope(handle.db, "polo", customer), id))!.messages.map((m) => m.body)).not.toContain(
      "TAJNA NOTATKA: klient dzwonił dwa razy",
    );
    expect((await listTickets(customerScope(handle.db, "polo", customer))).rows[0]).toMatchObject({ id, unread: 0, status: "new" });
    expect((await listTickets(customerScope(handle.db, "polo", customer), { text: "TAJNA" })).total).toBe(0);
    expect(JSON.stringify(await sentMessages(customerScope(handle.db, "polo", customer)))).not.toContain("TAJNA");
    expect(await markThreadRead(customerScope(handle.db, "polo", customer), id)).toBe(0);
    const [note] = await handle.db
      .select()
      .from(ticketMessages)
      .where(and(eq(ticketMessages.ticketId, id), eq(ticketMessages.internal, true)));
    expect(note!.readAt).toBeNull();
    // Only the acknowledgement of the ticket itself: the note sends nothing.
    expect((await handle.db.select().from(emailOutbox).where(eq(emailOutbox.to, world.account.email))).map((m) => m.template)).toEqual(["ticket-received"]);
    const audits = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "ticket.note_added"), eq(auditLog.targetId, id)));
    expect(audits).toHaveLength(1);
    expect(JSON.stringify(audits)).not.toContain("TAJNA");
  });

  it("a status change is audited with from and to; the same status again is refused", async () => {
    const world = await ticketCustomer(handle.db, "polo");
    const actor = await staffActor(["polo"]);
    const id = await newTicket(world, "zapytanie", "Zmiana statusu");
    expect(await changeTicketStatus(actor, id, "zamkniete")).toEqual({ ok: false, fieldErrors: { status: ["Wybierz status z listy."] } });
    expect(await changeTicketStatus(actor, id, "new")).toEqual({ ok: false, fieldErrors: { status: ["Zgłoszenie ma już status „Nowe”."] } });
    expect(await changeTicketStatus(actor, id, "in_progress")).toEqual({ ok: true });
    const [ticket] = await handle.db.select().from(tickets).where(eq(tickets.id, id));
    expect(ticket!.status).toBe("in_progress");
    const [row] = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "ticket.status_changed"), eq(auditLog.targetId, id)));
    expect(row).toMatchObject({ actorKind: "staff", actorId: actor.staff.id, tenantId: "polo" });
    expect(row!.details).toEqual({ from: "new", to: "in_progress" });
  });
});
