CREATE TABLE "ticket_number_counters" (
	"tenant_id" text NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "ticket_number_counters_tenant_id_year_pk" PRIMARY KEY("tenant_id","year")
);
--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "number" text;--> statement-breakpoint
-- Hand-written: existing tickets get numbers in the order they were opened, per tenant and Warsaw
-- year, with the prefixes of tenants/*.ts (ticketNumberPrefix); the counters continue after them.
WITH numbered AS (
	SELECT t.id, t.tenant_id,
		extract(year FROM t.created_at AT TIME ZONE 'Europe/Warsaw')::int AS year,
		row_number() OVER (PARTITION BY t.tenant_id, extract(year FROM t.created_at AT TIME ZONE 'Europe/Warsaw') ORDER BY t.created_at, t.id) AS n
	FROM "tickets" t
)
UPDATE "tickets" SET "number" = p.prefix || '/' || numbered.year || '/' || lpad(numbered.n::text, 6, '0')
FROM numbered JOIN (VALUES ('polo', 'ZG'), ('polsp', 'ZG'), ('mpec', 'SP')) AS p(tenant_id, prefix) ON p.tenant_id = numbered.tenant_id
WHERE "tickets".id = numbered.id;--> statement-breakpoint
UPDATE "tickets" SET "number" = 'ZG/' || extract(year FROM created_at AT TIME ZONE 'Europe/Warsaw')::int || '/' || upper(replace(id::text, '-', '')) WHERE "number" IS NULL;--> statement-breakpoint
INSERT INTO "ticket_number_counters" ("tenant_id", "year", "last")
SELECT tenant_id, extract(year FROM created_at AT TIME ZONE 'Europe/Warsaw')::int, count(*)
FROM "tickets" WHERE "number" ~ '/[0-9]{6}$'
GROUP BY tenant_id, extract(year FROM created_at AT TIME ZONE 'Europe/Warsaw')::int;--> statement-breakpoint
ALTER TABLE "tickets" ALTER COLUMN "number" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "tickets_number_idx" ON "tickets" USING btree ("tenant_id","number");
