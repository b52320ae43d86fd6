import { afterEach, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { testDbKind, setupTestDb } from "@/tests/helpers/db";
import { auditLog, emailOutbox, exportEvents, ticketAttachments, ticketNumberCounters, tickets } from "@/db/schema";
import { openPostgres } from "@/db/client";
import { databaseUrl } from "@/tests/helpers/db";
import { warsawDate } from "@/lib/format";
import { now } from "@/lib/clock";
import { setClockOffsetSeconds } from "@/lib/clock";
import { createTicket } from "@/lib/tickets/create";
import { replyToTicket } from "@/lib/tickets/reply";
import { customerAttachment, listTickets, markThreadRead, sentMessages, ticketThread } from "@/lib/tickets/queries";
import { MAX_FILE_BYTES } from "@/lib/tickets/limits";
import { fields, fixture, staffMessage, ticketCustomer } from "@/tests/integration/tickets-world";
import { customerScope } from "../helpers/scope";

const handle = setupTestDb();
afterEach(() => setClockOffsetSeconds(0));

async function newTicket(world: Awaited<ReturnType<typeof ticketCustomer>>, overrides = {}, files = [{ name: "../../x.pdf", data: fixture("tiny.pdf") }]) {
  const result = await createTicket(world.scope, world.request, fields({ kategoria: "zapytanie", ...overrides }), files);
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.ticketId;
}

const seq = (n: number) => String(n).padStart(6, "0");
async function lastNumber(tenantId: string, year: number): Promise<number> {
  const [row] = await handle.db
    .select({ last: ticketNumberCounters.last })
    .from(ticketNumberCounters)
    .where(and(eq(ticketNumberCounters.tenantId, tenantId), eq(ticketNumberCounters.year, year)));
  return row?.last ?? 0;
}
async function numberOf(id: string): Promise<string> {
  const [row] = await handle.db.select({ number: tickets.number }).from(tickets).where(eq(tickets.id, id));
  return row!.number;
}

describe(`tickets (${testDbKind})`, () => {
  it("creates a ticket with attachments checked by bytes, an export event and an audit row", async () => {
    const world = await ticketCustomer(handle.db);
    const id = await newTicket(world, { umowa: world.contractId, punkt: world.pointId }, [
      { name: "../../x.pdf", data: fixture("tiny.pdf") },
      { name: "C:\\skany\\zdjęcie.pdf", data: fixture("image-named.pdf") },
    ]);
    const files = await handle.db.select().from(ticketAttachments).where(eq(ticketAttachments.ticketId, id));
    expect(files.map((f) => [f.fileName, f.contentType]).sort()).toEqual([
      ["x.pdf", "application/pdf"],
      ["zdjęcie.pdf", "image/png"],
    ]);
    expect(files.find((f) => f.fileName === "x.pdf")!.data.equals(fixture("tiny.pdf"))).toBe(true);
    const [ticket] = await handle.db.select().from(tickets).where(eq(tickets.id, id));
    expect(ticket).toMatchObject({
      customerId: world.account.customerId,
      contractId: world.contractId,
      pointId: world.pointId,
      status: "new",
      answerDueAt: null,
    });
    const events = await handle.db
      .select()
      .from(exportEvents)
      .where(and(eq(exportEvents.tenantId, "polo"), eq(exportEvents.customerId, world.account.customerId)));
    expect(events.map((e) => e.type)).toEqual(["ticket.created"]);
    const audits = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "ticket.created"), eq(auditLog.targetId, id)));
    expect(audits).toHaveLength(1);
  });

  it("numbers tickets per tenant and year without gaps, and acknowledges each by e-mail with its number", async () => {
    const year = warsawDate(now()).slice(0, 4);
    const polo = await ticketCustomer(handle.db);
    const mpec = await ticketCustomer(handle.db, "mpec");
    const start = await lastNumber("polo", Number(year));
    const first = await newTicket(polo);
    // A refused form takes no number: the next one follows without a gap.
    expect((await createTicket(polo.scope, polo.request, fields({ temat: "" }), [])).ok).toBe(false);
    const second = await newTicket(polo);
    const complaint = await newTicket(mpec, { kategoria: "reklamacja", temat: "Zawyżony rachunek" });
    expect(await numberOf(first)).toBe(`ZG/${year}/${seq(start + 1)}`);
    expect(await numberOf(second)).toBe(`ZG/${year}/${seq(start + 2)}`);
    const spNumber = await numberOf(complaint);
    expect(spNumber).toMatch(new RegExp(`^SP/${year}/\\d{6}$`));

    // The number is in the lists and the thread, and the customer can search for it.
    expect((await listTickets(customerScope(handle.db, "polo", polo.account.customerId))).rows.map((r) => r.number)).toEqual([
      `ZG/${year}/${seq(start + 2)}`,
      `ZG/${year}/${seq(start + 1)}`,
    ]);
    expect((await ticketThread(customerScope(handle.db, "mpec", mpec.account.customerId), complaint))!.ticket.number).toBe(spNumber);
    expect((await listTickets(customerScope(handle.db, "polo", polo.account.customerId), { text: seq(start + 1) })).rows.map((r) => r.id)).toEqual([first]);
    expect((await sentMessages(customerScope(handle.db, "mpec", mpec.account.customerId))).rows[0]!.ticketNumber).toBe(spNumber);

    // The acknowledgement: number in the subject and the body; a complaint also gets its answer date.
    const mails = await handle.db.select().from(emailOutbox).where(eq(emailOutbox.template, "ticket-received"));
    const toMpec = mails.filter((m) => m.to === mpec.account.email);
    expect(toMpec).toHaveLength(1);
    expect(toMpec[0]!.subject).toBe(`Przyjęliśmy sprawę ${spNumber}: Zawyżony rachunek`);
    expect(toMpec[0]!.text).toContain(`Numer sprawy: ${spNumber}`);
    expect(toMpec[0]!.text).toContain("odpowiemy na nią najpóźniej");
    const toPolo = mails.filter((m) => m.to === polo.account.email).map((m) => m.subject);
    expect(toPolo.sort()).toEqual([
      `Przyjęliśmy zgłoszenie ZG/${year}/${seq(start + 1)}: Brak prądu`,
      `Przyjęliśmy zgłoszenie ZG/${year}/${seq(start + 2)}: Brak prądu`,
    ]);
  });

  it("two tickets created at once (also through a second connection pool, like a second app instance) get different consecutive numbers", async () => {
    const year = Number(warsawDate(now()).slice(0, 4));
    const worlds = await Promise.all([ticketCustomer(handle.db, "polsp"), ticketCustomer(handle.db, "polsp")]);
    const start = await lastNumber("polsp", year);
    // On PostgreSQL a second pool on the same database stands for a second app instance.
    const current = async () => ((await handle.db.execute(sql`select current_database() as name`)) as unknown as { name: string }[])[0]!.name;
    const other = testDbKind === "postgres" ? openPostgres(databaseUrl(await current()), { max: 3 }) : null;
    try {
      const dbs = [handle.db, other?.db ?? handle.db];
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          createTicket(
            { ...worlds[i % 2]!.scope, db: dbs[i % 2]! },
            worlds[i % 2]!.request,
            fields({ kategoria: "zapytanie", temat: `Równocześnie ${i}` }),
            [],
          ),
        ),
      );
      const numbers = results.map((r) => (r.ok ? r.number : "refused"));
      expect(new Set(numbers).size).toBe(6);
      expect([...numbers].sort()).toEqual(Array.from({ length: 6 }, (_, i) => `ZG/${year}/${seq(start + i + 1)}`));
      expect(await lastNumber("polsp", year)).toBe(start + 6);
    } finally {
      await other?.close();
    }
  });

  it("a new year starts again at 000001", async () => {
    const world = await ticketCustomer(handle.db, "mpec");
    const at = now();
    const nextYear = Number(warsawDate(at).slice(0, 4)) + 1;
    // Move to 12:00 on 2 January of next year.
    setClockOffsetSeconds(Math.ceil((Date.UTC(nextYear, 0, 2, 12) - at.getTime()) / 1000));
    const id = await newTicket(world, { kategoria: "techniczne" });
    expect(await numberOf(id)).toBe(`SP/${nextYear}/000001`);
  });

  it("returns every problem at once in Polish, and refuses someone else's contract", async () => {
    const world = await ticketCustomer(handle.db);
    const other = await ticketCustomer(handle.db);
    const result = await createTicket(world.scope, world.request, fields({ temat: " ", wiadomosc: "", umowa: other.contractId }), [
      { name: "x.exe", data: fixture("program.exe.pdf") },
    ]);
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        kategoria: ["Pole Kategoria jest wymagane"],
        temat: ["Pole Temat jest wymagane"],
        wiadomosc: ["Pole Treść jest wymagane"],
        umowa: ["Wybierz umowę z listy."],
        zalaczniki: ["Plik „x.exe” ma niedozwolony format. Dozwolone: PDF, JPEG, PNG."],
      },
    });
  });

  it("S18: six files, or one of 10 MB + 1 byte, are refused and nothing is stored", async () => {
    const world = await ticketCustomer(handle.db);
    const pdf = fixture("tiny.pdf");
    const six = Array.from({ length: 6 }, (_, i) => ({ name: `p${i}.pdf`, data: pdf }));
    expect(await createTicket(world.scope, world.request, fields({ kategoria: "zapytanie" }), six)).toEqual({
      ok: false,
      fieldErrors: { zalaczniki: ["Można dołączyć najwyżej 5 plików."] },
    });
    const big = Buffer.concat([pdf, Buffer.alloc(MAX_FILE_BYTES + 1 - pdf.length)]);
    expect(await createTicket(world.scope, world.request, fields({ kategoria: "zapytanie" }), [{ name: "y.pdf", data: big }])).toEqual({
      ok: false,
      fieldErrors: { zalaczniki: ["Plik „y.pdf” jest większy niż 10 MB."] },
    });
    expect(await handle.db.select().from(tickets).where(eq(tickets.customerId, world.account.customerId))).toEqual([]);
  });

  it("a complaint must be answered within 14 days of the (moved) clock", async () => {
    const world = await ticketCustomer(handle.db, "mpec");
    setClockOffsetSeconds(30 * 86_400);
    const id = await newTicket(world, { kategoria: "reklamacja" });
    const [ticket] = await handle.db.select().from(tickets).where(eq(tickets.id, id));
    expect(ticket!.answerDueAt!.getTime() - ticket!.createdAt.getTime()).toBe(14 * 86_400_000);
    expect(ticket!.createdAt.getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
  });

  it("lists with the unread count of staff replies; reading the thread clears it; internal notes never show", async () => {
    const world = await ticketCustomer(handle.db);
    const id = await newTicket(world);
    await staffMessage(handle.db, "polo", id, "Sprawdzimy to.");
    await staffMessage(handle.db, "polo", id, "NOTATKA WEWNĘTRZNA: klient dzwonił", true);
    let list = await listTickets(customerScope(handle.db, "polo", world.account.customerId));
    expect(list.rows).toHaveLength(1);
    expect(list.rows[0]).toMatchObject({ id, subject: "Brak prądu", status: "new", unread: 1 });

    const thread = await ticketThread(customerScope(handle.db, "polo", world.account.customerId), id);
    expect(thread!.messages.map((m) => m.body)).toEqual(["Od rana nie ma prądu w budynku.", "Sprawdzimy to."]);
    expect(JSON.stringify(thread)).not.toContain("NOTATKA");
    expect(await markThreadRead(customerScope(handle.db, "polo", world.account.customerId), id)).toBe(1);
    list = await listTickets(customerScope(handle.db, "polo", world.account.customerId));
    expect(list.rows[0]!.unread).toBe(0);
    expect(JSON.stringify(await listTickets(customerScope(handle.db, "polo", world.account.customerId), { text: "NOTATKA" }))).not.toContain(id);
  });

  it("searches by text in subject and messages, status, type and date", async () => {
    const world = await ticketCustomer(handle.db);
    const a = await newTicket(world, { temat: "Faktura za marzec", wiadomosc: "Proszę o korektę 100%." });
    const b = await newTicket(world, { kategoria: "reklamacja", temat: "Licznik", wiadomosc: "Licznik kręci się za szybko" });
    const ids = async (filters: Parameters<typeof listTickets>[1]) =>
      (await listTickets(customerScope(handle.db, "polo", world.account.customerId), filters)).rows.map((r) => r.id);
    expect(await ids({ text: "marzec" })).toEqual([a]);
    expect(await ids({ text: "SZYBKO" })).toEqual([b]);
    expect(await ids({ text: "100%" })).toEqual([a]);
    expect(await ids({ category: "reklamacja" })).toEqual([b]);
    expect(await ids({ status: "closed" })).toEqual([]);
    expect(await ids({ from: new Date(Date.now() + 86_400_000) })).toEqual([]);
    expect((await sentMessages(customerScope(handle.db, "polo", world.account.customerId))).rows.map((m) => m.ticketId)).toEqual([b, a]);
  });

  it("S13/S14: another customer's (or tenant's) ticket and attachment ids give nothing", async () => {
    const owner = await ticketCustomer(handle.db);
    const stranger = await ticketCustomer(handle.db);
    const id = await newTicket(owner);
    const [file] = await handle.db.select({ id: ticketAttachments.id }).from(ticketAttachments).where(eq(ticketAttachments.ticketId, id));
    expect(await customerAttachment(customerScope(handle.db, "polo", owner.account.customerId), id, file!.id)).not.toBeNull();
    expect(await ticketThread(customerScope(handle.db, "polo", stranger.account.customerId), id)).toBeNull();
    expect(await customerAttachment(customerScope(handle.db, "polo", stranger.account.customerId), id, file!.id)).toBeNull();
    expect(await customerAttachment(customerScope(handle.db, "polsp", owner.account.customerId), id, file!.id)).toBeNull();
    expect(await ticketThread(customerScope(handle.db, "polo", owner.account.customerId), "../../etc")).toBeNull();
    expect(await replyToTicket(stranger.scope, stranger.request, id, "Wtrącam się", [])).toMatchObject({ ok: false, notFound: true });
    await staffMessage(handle.db, "polo", id, "Odpowiedź");
    expect(await markThreadRead(customerScope(handle.db, "polo", stranger.account.customerId), id)).toBe(0);
    expect((await listTickets(customerScope(handle.db, "polo", stranger.account.customerId))).rows).toEqual([]);
  });

  it("a reply adds a message with attachments, reopens an answered ticket and is exported", async () => {
    const world = await ticketCustomer(handle.db);
    const id = await newTicket(world);
    await handle.db.update(tickets).set({ status: "answered" }).where(eq(tickets.id, id));
    expect(await replyToTicket(world.scope, world.request, id, "  ", [])).toEqual({ ok: false, fieldErrors: { wiadomosc: ["Pole Odpowiedź jest wymagane"] } });
    expect(await replyToTicket(world.scope, world.request, id, "Dziękuję, w załączniku zdjęcie.", [{ name: "foto.jpg", data: fixture("tiny.jpg") }])).toEqual({
      ok: true,
    });
    const thread = await ticketThread(customerScope(handle.db, "polo", world.account.customerId), id);
    expect(thread!.ticket.status).toBe("in_progress");
    expect(thread!.messages.at(-1)!.attachments.map((a) => a.fileName)).toEqual(["foto.jpg"]);
    const events = await handle.db.select().from(exportEvents).where(eq(exportEvents.customerId, world.account.customerId));
    expect(events.map((e) => e.type).sort()).toEqual(["ticket.created", "ticket.replied"]);
  });
});
