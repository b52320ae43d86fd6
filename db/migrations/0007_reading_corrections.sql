ALTER TABLE "readings" ADD COLUMN "meter_change" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "readings" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "readings" ADD COLUMN "export_event_id" bigint;--> statement-breakpoint
ALTER TABLE "readings" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "readings" ADD COLUMN "replaced_by_id" text;--> statement-breakpoint
ALTER TABLE "export_events" ADD COLUMN "exported_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "readings_portal_day_idx" ON "readings" USING btree ("tenant_id","point_id","zone","date") WHERE submitted_at IS NOT NULL AND withdrawn_at IS NULL;